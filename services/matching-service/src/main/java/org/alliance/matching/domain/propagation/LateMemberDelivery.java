package org.alliance.matching.domain.propagation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.matching.domain.alliance.Alliance;
import org.alliance.matching.domain.alliance.AllianceMember;
import org.alliance.matching.messaging.propagation.OutcomeEvents;
import org.alliance.matching.domain.replica.Studio;

/**
 * Catches up a studio that joined an alliance: it receives the outcomes its fellow members originated
 * while they were members, which the alliance's other members received when they were propagated.
 * Each copy records its path through the alliance, as a copy delivered at propagation would, and is
 * announced by an {@code outcome.propagated.v1} naming the studio. A studio never gets a second copy
 * of an outcome: one it already holds, through this or any other route, is left as it is, so a
 * replayed join delivers nothing new. Runs in the caller's transaction.
 */
@ApplicationScoped
public class LateMemberDelivery {

    // appended after the outcome's existing recipients, so the lineage's earlier pages stay as they were
    private static final String DELIVER = """
            INSERT INTO outcome_delivery (outcome_id, studio_id, paths, related_terms, delivered_at, position)
            SELECT o.id, cast($2 AS uuid), cast(cast($3 AS text) AS jsonb), '{}', cast($4 AS timestamptz),
                   (SELECT coalesce(max(d.position), 0) + 1 FROM outcome_delivery d WHERE d.outcome_id = o.id)
            FROM outcome o JOIN alliance_member m ON m.studio_id = o.studio_id
            WHERE m.alliance_id = cast($1 AS uuid) AND m.studio_id <> cast($2 AS uuid) AND o.received_at >= m.joined_at
            ON CONFLICT (outcome_id, studio_id) DO NOTHING
            RETURNING cast(outcome_id AS text)""";

    @Inject
    OutcomeEvents events;

    @Inject
    ObjectMapper json;

    /** Delivers to {@code studioId}, if it is still a member of {@code allianceId} and not revoked, what it missed. */
    public Uni<Void> catchUp(UUID allianceId, UUID studioId) {
        AllianceMember.Key key = new AllianceMember.Key();
        key.allianceId = allianceId;
        key.studioId = studioId;
        // the studio may have left again, or been revoked, before its join is handled
        return AllianceMember.<AllianceMember>findById(key).flatMap(member -> member == null
                ? Uni.createFrom().<Alliance>nullItem() : Alliance.<Alliance>findById(allianceId))
                .flatMap(alliance -> alliance == null ? Uni.createFrom().voidItem()
                        : Studio.<Studio>findById(studioId).flatMap(studio -> studio == null || "REVOKED".equals(studio.status)
                                ? Uni.createFrom().voidItem() : deliver(alliance, studio)));
    }

    private Uni<Void> deliver(Alliance alliance, Studio studio) {
        List<Route> paths = List.of(Route.alliance(alliance.id, alliance.name));
        OffsetDateTime now = OutcomePropagator.now();
        return SessionSql.rowsAfterFlush(DELIVER, alliance.id, studio.id, write(paths), now)
                .flatMap(delivered -> delivered.isEmpty() ? Uni.createFrom().voidItem()
                        : announce(delivered.stream().map(row -> UUID.fromString((String) row[0])).toList(),
                                new Recipient(studio, paths, Set.of()), now));
    }

    /** One {@code outcome.propagated.v1} per outcome delivered, oldest outcome first. */
    private Uni<Void> announce(List<UUID> outcomeIds, Recipient recipient, OffsetDateTime at) {
        return Outcome.<Outcome>list("id in ?1", outcomeIds).flatMap(outcomes -> Studio.<Studio>list("id in ?1",
                outcomes.stream().map(o -> o.studioId).distinct().toList()).flatMap(origins -> {
                    Map<UUID, Studio> originById = new HashMap<>();
                    origins.forEach(s -> originById.put(s.id, s));
                    return events.deliveredLater(outcomes.stream().sorted(Comparator.comparing((Outcome o) -> o.receivedAt)
                            .thenComparing(o -> o.id.toString())).toList(), originById, recipient, at);
                }));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
