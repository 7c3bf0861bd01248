package org.alliance.application.messaging.studio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import org.alliance.application.domain.studio.StudioReplica;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.events.registry.StudioEvent;
import org.alliance.events.registry.StudioState;

/** Keeps the studio replica eligibility reads in step with the registry's studio events. */
@ApplicationScoped
public class StudioReplicaHandler implements EventHandler {

    @Inject
    StudioReplica replica;

    @Override
    public String consumerName() {
        return "application.studio-replica";
    }

    @Override
    public EventDispatch events() {
        // every studio event carries the studio's full state; the replica keeps the newest version
        return new EventDispatch().on(StudioEvent.class, e -> replica.apply(state(e.state())));
    }

    static StudioReplica.StudioState state(StudioState s) {
        return new StudioReplica.StudioState(s.studioId(), s.name(), s.enterpriseName(), s.regionCode(), s.tier(), s.status(),
                s.version(), s.updatedAt().atOffset(ZoneOffset.UTC));
    }
}
