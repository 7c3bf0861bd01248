package org.alliance.registry.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.alliance.registry.domain.LeaderHonour;
import org.alliance.registry.domain.StudioDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The nested parts of a studio request, shared by registration and replacement. */
public final class StudioParts {

    private StudioParts() {
    }

    @Schema(name = "LeaderInput")
    public record Leader(@NotBlank @Size(max = 100) String name, @NotNull List<@NotNull LeaderHonour> honours) {
        StudioDetails.Leader details() {
            return new StudioDetails.Leader(name, honours);
        }
    }

    @Schema(name = "CapabilitiesInput")
    public record Capabilities(@NotBlank @Size(max = 4000) String summary,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 50) String> keywords) {
        StudioDetails.Capabilities details() {
            return new StudioDetails.Capabilities(summary, keywords);
        }
    }

    /** The seven-haves (七有) checklist; every item must be stated. */
    @Schema(name = "SevenHavesInput")
    public record SevenHaves(@NotNull Boolean modelWorkerLead, @NotNull Boolean team, @NotNull Boolean venue,
            @NotNull Boolean equipment, @NotNull Boolean rules, @NotNull Boolean funding, @NotNull Boolean results) {
        StudioDetails.SevenHaves details() {
            return new StudioDetails.SevenHaves(modelWorkerLead, team, venue, equipment, rules, funding, results);
        }
    }

    @Schema(name = "ContactInput")
    public record Contact(@NotBlank @Size(max = 100) String person,
            @Pattern(regexp = "[0-9+()\\- ]{5,32}", message = "must be a telephone number") String phone,
            @Email @Size(max = 254) String email) {
        StudioDetails.Contact details() {
            return new StudioDetails.Contact(person, phone, email);
        }
    }
}
