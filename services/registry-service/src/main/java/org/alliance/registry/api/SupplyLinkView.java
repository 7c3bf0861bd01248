package org.alliance.registry.api;

import java.time.Instant;
import java.util.UUID;
import org.alliance.registry.domain.SupplyLink;

public record SupplyLinkView(UUID id, UUID upstreamEnterpriseId, UUID downstreamEnterpriseId, String product,
        boolean active, long version, Instant createdAt, Instant updatedAt) {

    static SupplyLinkView of(SupplyLink l) {
        return new SupplyLinkView(l.id, l.upstreamEnterpriseId, l.downstreamEnterpriseId, l.product, l.active, l.version,
                l.createdAt, l.updatedAt);
    }
}
