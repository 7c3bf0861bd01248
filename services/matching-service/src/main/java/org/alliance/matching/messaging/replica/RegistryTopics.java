package org.alliance.matching.messaging.replica;

import java.util.List;
import org.alliance.eventing.contract.EventChannels;
import org.alliance.events.registry.EnterpriseEvent;
import org.alliance.events.registry.StudioEvent;
import org.alliance.events.registry.SupplyLinkEvent;

/** The registry's entity-state topics the replica is rebuilt from (compacted, keyed by aggregate id), as the contract names them. */
public final class RegistryTopics {

    public static final String STUDIO = EventChannels.classpath().topicOf(StudioEvent.class);
    public static final String ENTERPRISE = EventChannels.classpath().topicOf(EnterpriseEvent.class);
    public static final String SUPPLY_LINK = EventChannels.classpath().topicOf(SupplyLinkEvent.class);
    public static final List<String> ALL = List.of(ENTERPRISE, SUPPLY_LINK, STUDIO);

    private RegistryTopics() {
    }
}
