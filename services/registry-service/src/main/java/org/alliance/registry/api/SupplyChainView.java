package org.alliance.registry.api;

import java.util.List;
import java.util.UUID;
import org.alliance.registry.domain.ChainLink;

/** The links around an enterprise, each with its direction from it and its distance (1 = direct). */
public record SupplyChainView(UUID enterpriseId, String direction, int depth, List<ChainLink> links) {
}
