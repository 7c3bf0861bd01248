package org.alliance.registry.messaging;

/** The compacted topics the registry owns; each record's key is the aggregate id. */
public final class RegistryTopics {

    public static final String ENTERPRISE = "alliance.registry.enterprise";
    public static final String SUPPLY_LINK = "alliance.registry.supply-link";
    public static final String STUDIO = "alliance.registry.studio";

    private RegistryTopics() {
    }
}
