package org.alliance.matching.messaging.alliance;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.matching.AllianceFormed;
import org.alliance.events.matching.AllianceMember;
import org.alliance.events.matching.AllianceMemberAdded;
import org.alliance.events.matching.AllianceMemberRemoved;
import org.alliance.matching.domain.alliance.Alliance;
import org.alliance.matching.domain.alliance.AllianceService.State;
import org.alliance.matching.domain.replica.Studio;

/**
 * The alliance events on {@code alliance.matching.alliance}, keyed by alliance id. Each carries the
 * alliance's full state after the change, so a reader can rebuild alliances from the topic alone.
 */
@ApplicationScoped
public class AllianceEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> formed(State s) {
        Alliance a = s.alliance();
        return outbox.record(new AllianceFormed(a.id, a.name, a.kind.name(), a.coordinatorName, a.description,
                members(s), a.version, a.updatedAt, a.fromMatchId, a.formedBy));
    }

    public Uni<Void> memberAdded(State s, UUID studioId, UUID viaMatch, String actor) {
        Alliance a = s.alliance();
        return outbox.record(new AllianceMemberAdded(a.id, a.name, a.kind.name(), a.coordinatorName,
                a.description, members(s), a.version, a.updatedAt, studioId, viaMatch, actor));
    }

    public Uni<Void> memberRemoved(State s, UUID studioId, String reason, String actor) {
        Alliance a = s.alliance();
        return outbox.record(new AllianceMemberRemoved(a.id, a.name, a.kind.name(), a.coordinatorName,
                a.description, members(s), a.version, a.updatedAt, studioId, reason, actor));
    }

    private static List<AllianceMember> members(State s) {
        return s.members().stream().map(m -> {
            Studio studio = s.studios().get(m.studioId);
            return new AllianceMember(m.studioId, studio.name, studio.enterpriseId, studio.regionCode, m.joinedAt, m.viaMatchId);
        }).toList();
    }
}
