package org.alliance.registry.domain;

import java.util.UUID;

/** A new supply link: who supplies whom with what. */
public record SupplyLinkDetails(UUID upstreamEnterpriseId, UUID downstreamEnterpriseId, String product) {
}
