package org.alliance.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.alliance.registry.domain.FocusIndustry;
import org.alliance.registry.domain.StudioDetails;
import org.alliance.registry.domain.StudioTier;

/**
 * Replaces a studio's details. The enterprise is fixed; status and accreditation change only
 * through accreditation and revocation, and an accredited studio's tier only by a new accreditation.
 */
public record StudioChanges(
        @NotBlank @Size(max = 200) String name,
        @NotNull StudioTier tier,
        @NotNull @Valid StudioParts.Leader leader,
        @NotNull @Min(1) @Max(100000) Integer teamSize,
        @NotNull List<@NotNull FocusIndustry> focusIndustries,
        @NotNull @Valid StudioParts.Capabilities capabilities,
        @NotNull @Valid StudioParts.SevenHaves sevenHaves,
        @NotNull @Valid StudioParts.Contact contact) {

    StudioDetails details() {
        return new StudioDetails(name, tier, leader.details(), teamSize, focusIndustries, capabilities.details(),
                sevenHaves.details(), contact.details());
    }
}
