package org.alliance.registry.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.registry.EnterpriseRegisteredV2;
import org.alliance.events.registry.EnterpriseStateV2;
import org.alliance.events.registry.EnterpriseUpdatedV2;
import org.alliance.events.registry.StudioAccredited;
import org.alliance.events.registry.StudioRegistered;
import org.alliance.events.registry.StudioRevoked;
import org.alliance.events.registry.StudioState;
import org.alliance.events.registry.StudioUpdated;
import org.alliance.events.registry.SupplyLinkCreated;
import org.alliance.events.registry.SupplyLinkRemoved;
import org.alliance.events.registry.SupplyLinkState;
import org.alliance.registry.domain.Enterprise;
import org.alliance.registry.domain.Studio;
import org.alliance.registry.domain.SupplyLink;

/**
 * Records the registry's events in the outbox, inside the caller's transaction. Every event carries
 * its aggregate's full state, so the compacted topics alone rebuild the registry; only the type
 * tells the events of one aggregate apart (the outbox puts each on its type's topic, keyed by the id).
 */
@ApplicationScoped
public class RegistryEvents {

    @Inject
    Outbox outbox;

    /** v2 (with the group) since enterprises have groups; v1 records stay on the compacted topic for unchanged ones. */
    public Uni<Void> enterpriseRegistered(Enterprise e) {
        return outbox.record(new EnterpriseRegisteredV2(state(e)));
    }

    public Uni<Void> enterpriseUpdated(Enterprise e) {
        return outbox.record(new EnterpriseUpdatedV2(state(e)));
    }

    public Uni<Void> supplyLinkCreated(SupplyLink l) {
        return outbox.record(new SupplyLinkCreated(state(l)));
    }

    public Uni<Void> supplyLinkRemoved(SupplyLink l) {
        return outbox.record(new SupplyLinkRemoved(state(l)));
    }

    public Uni<Void> studioRegistered(Studio s) {
        return outbox.record(new StudioRegistered(state(s)));
    }

    public Uni<Void> studioUpdated(Studio s) {
        return outbox.record(new StudioUpdated(state(s)));
    }

    public Uni<Void> studioAccredited(Studio s) {
        return outbox.record(new StudioAccredited(state(s)));
    }

    public Uni<Void> studioRevoked(Studio s) {
        return outbox.record(new StudioRevoked(state(s)));
    }

    public static EnterpriseStateV2 state(Enterprise e) {
        return new EnterpriseStateV2(e.id, e.name, e.unifiedSocialCreditCode, e.ownership.name(), e.industrySection,
                e.industryDivision, e.regionCode, e.groupEnterpriseId, e.version, e.updatedAt);
    }

    static SupplyLinkState state(SupplyLink l) {
        return new SupplyLinkState(l.id, l.upstreamEnterpriseId, l.downstreamEnterpriseId, l.product, l.active,
                l.version, l.updatedAt);
    }

    static StudioState state(Studio s) {
        return new StudioState(s.id, s.name, s.enterpriseId, s.enterpriseName, s.regionCode, s.industrySection,
                s.industryDivision, s.tier.name(), new StudioState.Leader(s.leaderName, List.copyOf(s.leaderHonours)),
                s.teamSize, List.copyOf(s.focusIndustries),
                new StudioState.Capabilities(s.capabilitiesSummary, List.copyOf(s.capabilityKeywords)),
                new StudioState.SevenHaves(s.hasModelWorkerLead, s.hasTeam, s.hasVenue, s.hasEquipment, s.hasRules,
                        s.hasFunding, s.hasResults),
                s.status.name(),
                s.accreditedOn == null ? null : new StudioState.Accreditation(s.accreditationTier.name(), s.accreditedBy,
                        s.accreditedOn, s.reReviewDue),
                s.revokedOn == null ? null : new StudioState.Revocation(s.revocationReason, s.revokedOn),
                new StudioState.Contact(s.contactPerson, s.contactPhone, s.contactEmail),
                s.version, s.updatedAt);
    }
}
