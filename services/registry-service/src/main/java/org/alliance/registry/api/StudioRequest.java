package org.alliance.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.alliance.registry.domain.FocusIndustry;
import org.alliance.registry.domain.StudioDetails;
import org.alliance.registry.domain.StudioTier;

/** Registers a studio of an enterprise; the studio's region and industry are the enterprise's. */
public record StudioRequest(
        @NotNull UUID enterpriseId,
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
