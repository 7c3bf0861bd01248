package org.alliance.registry.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.registry.domain.Enterprise;
import org.alliance.registry.domain.Studio;
import org.alliance.registry.domain.SupplyLink;

/**
 * Records the registry's events in the outbox, inside the caller's transaction. Every event of an
 * aggregate goes to that aggregate's topic, keyed by its id, and carries its full state, so the
 * compacted topics alone rebuild the registry; only the type tells the events of one aggregate apart.
 */
@ApplicationScoped
public class RegistryEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> enterpriseRegistered(Enterprise e) {
        return enterprise("enterprise.registered.v1", e);
    }

    public Uni<Void> enterpriseUpdated(Enterprise e) {
        return enterprise("enterprise.updated.v1", e);
    }

    public Uni<Void> supplyLinkCreated(SupplyLink l) {
        return supplyLink("supply-link.created.v1", l);
    }

    public Uni<Void> supplyLinkRemoved(SupplyLink l) {
        return supplyLink("supply-link.removed.v1", l);
    }

    public Uni<Void> studioRegistered(Studio s) {
        return studio("studio.registered.v1", s);
    }

    public Uni<Void> studioUpdated(Studio s) {
        return studio("studio.updated.v1", s);
    }

    public Uni<Void> studioAccredited(Studio s) {
        return studio("studio.accredited.v1", s);
    }

    public Uni<Void> studioRevoked(Studio s) {
        return studio("studio.revoked.v1", s);
    }

    private Uni<Void> enterprise(String type, Enterprise e) {
        return outbox.record(new DomainEvent(RegistryTopics.ENTERPRISE, type, e.id.toString(), EnterpriseState.of(e)));
    }

    private Uni<Void> supplyLink(String type, SupplyLink l) {
        return outbox.record(new DomainEvent(RegistryTopics.SUPPLY_LINK, type, l.id.toString(), SupplyLinkState.of(l)));
    }

    private Uni<Void> studio(String type, Studio s) {
        return outbox.record(new DomainEvent(RegistryTopics.STUDIO, type, s.id.toString(), StudioState.of(s)));
    }
}
