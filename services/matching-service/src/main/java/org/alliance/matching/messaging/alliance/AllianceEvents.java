package org.alliance.matching.messaging.alliance;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.matching.domain.alliance.Alliance;
import org.alliance.matching.domain.alliance.AllianceService.State;
import org.alliance.matching.domain.replica.Studio;

/**
 * The alliance events on {@code alliance.matching.alliance}, keyed by alliance id. Each carries the
 * alliance's full state after the change, so a reader can rebuild alliances from the topic alone.
 */
@ApplicationScoped
public class AllianceEvents {

    public static final String TOPIC = "alliance.matching.alliance";

    @Inject
    Outbox outbox;

    public record MemberData(UUID studioId, String studioName, UUID enterpriseId, String regionCode,
            OffsetDateTime joinedAt, UUID viaMatchId) {
    }

    public record Formed(UUID allianceId, String name, String kind, String coordinatorName, String description,
            List<MemberData> members, long version, OffsetDateTime updatedAt, UUID fromMatchId, String formedBy) {
    }

    public record MemberAdded(UUID allianceId, String name, String kind, String coordinatorName, String description,
            List<MemberData> members, long version, OffsetDateTime updatedAt, UUID studioId, UUID viaMatchId, String addedBy) {
    }

    public record MemberRemoved(UUID allianceId, String name, String kind, String coordinatorName, String description,
            List<MemberData> members, long version, OffsetDateTime updatedAt, UUID studioId, String reason, String removedBy) {
    }

    public Uni<Void> formed(State s) {
        Alliance a = s.alliance();
        return record(a, "alliance.formed.v1", new Formed(a.id, a.name, a.kind.name(), a.coordinatorName, a.description,
                members(s), a.version, a.updatedAt, a.fromMatchId, a.formedBy));
    }

    public Uni<Void> memberAdded(State s, UUID studioId, UUID viaMatch, String actor) {
        Alliance a = s.alliance();
        return record(a, "alliance.member-added.v1", new MemberAdded(a.id, a.name, a.kind.name(), a.coordinatorName,
                a.description, members(s), a.version, a.updatedAt, studioId, viaMatch, actor));
    }

    public Uni<Void> memberRemoved(State s, UUID studioId, String reason, String actor) {
        Alliance a = s.alliance();
        return record(a, "alliance.member-removed.v1", new MemberRemoved(a.id, a.name, a.kind.name(), a.coordinatorName,
                a.description, members(s), a.version, a.updatedAt, studioId, reason, actor));
    }

    private Uni<Void> record(Alliance a, String type, Object data) {
        return outbox.record(new DomainEvent(TOPIC, type, a.id.toString(), data));
    }

    private static List<MemberData> members(State s) {
        return s.members().stream().map(m -> {
            Studio studio = s.studios().get(m.studioId);
            return new MemberData(m.studioId, studio.name, studio.enterpriseId, studio.regionCode, m.joinedAt, m.viaMatchId);
        }).toList();
    }
}
