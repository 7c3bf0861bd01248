package org.alliance.events.registry;

import java.time.Instant;
import java.util.UUID;

/** A supply link's full state ({@code upstreamEnterpriseId} supplies {@code downstreamEnterpriseId}). */
public record SupplyLinkState(UUID linkId, UUID upstreamEnterpriseId, UUID downstreamEnterpriseId, String product,
        boolean active, long version, Instant updatedAt) {
}
