package org.alliance.matching.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.alliance.matching.domain.Need;

/** The request and response bodies of {@code /api/v1/needs}. */
public final class NeedRequests {

    private NeedRequests() {
    }

    /**
     * A need to post. A union names the posting studio or enterprise of its own region (the need's
     * region is theirs); a coordinator may instead name only a region code.
     */
    public record NewNeed(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String description,
            @NotNull @Pattern(regexp = "[A-T]|\\d{2}", message = "must be a GB/T 4754-2017 section letter or division") String industryCode,
            UUID studioId,
            UUID enterpriseId,
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String regionCode,
            Need.RegionScope regionScope,
            @Size(max = 50) List<@NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String> scopeRegions,
            @NotNull Need.Urgency urgency) {
    }

    public record NeedView(UUID id, String title, String description, String industryCode, String industrySection,
            String industryDivision, String regionCode, UUID studioId, UUID enterpriseId, Need.RegionScope regionScope,
            List<String> scopeRegions, Need.Urgency urgency, Need.Status status, Long matches, OffsetDateTime createdAt) {

        static NeedView of(Need n, Number matches) {
            return new NeedView(n.id, n.title, n.description, n.industryCode, n.industrySection, n.industryDivision,
                    n.regionCode, n.studioId, n.enterpriseId, n.regionScope,
                    n.scopeRegions == null ? List.of() : Arrays.asList(n.scopeRegions), n.urgency, n.status,
                    matches == null ? null : matches.longValue(), n.createdAt);
        }
    }
}
