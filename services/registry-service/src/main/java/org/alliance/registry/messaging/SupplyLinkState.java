package org.alliance.registry.messaging;

import java.time.Instant;
import java.util.UUID;
import org.alliance.registry.domain.SupplyLink;

/** The payload of supply-link.created.v1 and supply-link.removed.v1 (the latter with active false). */
public record SupplyLinkState(UUID linkId, UUID upstreamEnterpriseId, UUID downstreamEnterpriseId, String product,
        boolean active, long version, Instant updatedAt) {

    public static SupplyLinkState of(SupplyLink l) {
        return new SupplyLinkState(l.id, l.upstreamEnterpriseId, l.downstreamEnterpriseId, l.product, l.active,
                l.version, l.updatedAt);
    }
}
