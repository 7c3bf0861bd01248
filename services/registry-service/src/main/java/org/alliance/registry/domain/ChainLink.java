package org.alliance.registry.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One supply link found walking the chain from an enterprise: in which direction from it, and how
 * many links away (1 = a direct supplier or customer).
 */
public record ChainLink(UUID linkId, Party upstream, Party downstream, String product, Direction direction, int depth) {

    @Schema(name = "ChainDirection")
    public enum Direction { UPSTREAM, DOWNSTREAM }

    @Schema(name = "ChainParty")
    public record Party(UUID enterpriseId, String name, String regionCode) {
    }
}
