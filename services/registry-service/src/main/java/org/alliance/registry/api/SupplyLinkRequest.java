package org.alliance.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.alliance.registry.domain.SupplyLinkDetails;

/** The upstream enterprise supplies the downstream one with {@code product}. */
public record SupplyLinkRequest(@NotNull UUID upstreamEnterpriseId, @NotNull UUID downstreamEnterpriseId,
        @NotBlank @Size(max = 500) String product) {

    SupplyLinkDetails details() {
        return new SupplyLinkDetails(upstreamEnterpriseId, downstreamEnterpriseId, product);
    }
}
