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
 * Records the registry's events in the outbox, inside the caller's transaction, each carrying
 * the aggregate's full state so the compacted topics alone rebuild the registry.
 */
@ApplicationScoped
public class RegistryEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> enterpriseRegistered(Enterprise e) {
        return record(RegistryTopics.ENTERPRISE, "enterprise.registered.v1", e.id.toString(), EnterpriseState.of(e));
    }

    public Uni<Void> enterpriseUpdated(Enterprise e) {
        return record(RegistryTopics.ENTERPRISE, "enterprise.updated.v1", e.id.toString(), EnterpriseState.of(e));
    }

    public Uni<Void> supplyLinkCreated(SupplyLink l) {
        return record(RegistryTopics.SUPPLY_LINK, "supply-link.created.v1", l.id.toString(), SupplyLinkState.of(l));
    }

    public Uni<Void> supplyLinkRemoved(SupplyLink l) {
        return record(RegistryTopics.SUPPLY_LINK, "supply-link.removed.v1", l.id.toString(), SupplyLinkState.of(l));
    }

    public Uni<Void> studioRegistered(Studio s) {
        return record(RegistryTopics.STUDIO, "studio.registered.v1", s.id.toString(), StudioState.of(s));
    }

    public Uni<Void> studioUpdated(Studio s) {
        return record(RegistryTopics.STUDIO, "studio.updated.v1", s.id.toString(), StudioState.of(s));
    }

    public Uni<Void> studioAccredited(Studio s) {
        return record(RegistryTopics.STUDIO, "studio.accredited.v1", s.id.toString(), StudioState.of(s));
    }

    public Uni<Void> studioRevoked(Studio s) {
        return record(RegistryTopics.STUDIO, "studio.revoked.v1", s.id.toString(), StudioState.of(s));
    }

    private Uni<Void> record(String topic, String type, String subject, Object state) {
        return outbox.record(new DomainEvent(topic, type, subject, state));
    }
}
