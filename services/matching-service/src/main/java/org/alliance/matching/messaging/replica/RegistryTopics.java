package org.alliance.matching.messaging.replica;

import java.util.List;

/** The registry's entity-state topics the replica is built from (compacted, keyed by aggregate id). */
public final class RegistryTopics {

    public static final String STUDIO = "alliance.registry.studio";
    public static final String ENTERPRISE = "alliance.registry.enterprise";
    public static final String SUPPLY_LINK = "alliance.registry.supply-link";
    public static final List<String> ALL = List.of(ENTERPRISE, SUPPLY_LINK, STUDIO);

    private RegistryTopics() {
    }
}
