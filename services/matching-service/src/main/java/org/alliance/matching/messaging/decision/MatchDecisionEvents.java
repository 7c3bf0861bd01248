package org.alliance.matching.messaging.decision;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.matching.domain.decision.MatchDecision;
import org.alliance.matching.domain.Match;

/** {@code match.accepted.v1} and {@code match.declined.v1}, recorded in the deciding transaction. */
@ApplicationScoped
public class MatchDecisionEvents {

    public static final String TOPIC = "alliance.matching.match";

    @Inject
    Outbox outbox;

    public record DecisionData(String side, String decision, String reason, String decidedBy, OffsetDateTime decidedAt) {
    }

    public record Accepted(UUID matchId, UUID needId, UUID studioId, String needRegionCode, String studioRegionCode,
            String status, List<DecisionData> decisions, OffsetDateTime acceptedAt) {
    }

    public record Declined(UUID matchId, UUID needId, UUID studioId, String needRegionCode, String studioRegionCode,
            String status, String side, String reason, String decidedBy, OffsetDateTime declinedAt) {
    }

    /** @param decisions both sides' acceptances, oldest first */
    public Uni<Void> accepted(Match m, List<MatchDecision> decisions) {
        List<DecisionData> data = decisions.stream()
                .map(d -> new DecisionData(d.side.name(), d.decision.name(), d.reason, d.decidedBy, d.decidedAt)).toList();
        OffsetDateTime last = decisions.get(decisions.size() - 1).decidedAt;
        return outbox.record(new DomainEvent(TOPIC, "match.accepted.v1", m.id.toString(), new Accepted(m.id, m.needId,
                m.studioId, m.needRegionCode, m.studioRegionCode, Match.Status.ACCEPTED.name(), data, last)));
    }

    public Uni<Void> declined(Match m, MatchDecision d) {
        return outbox.record(new DomainEvent(TOPIC, "match.declined.v1", m.id.toString(), new Declined(m.id, m.needId,
                m.studioId, m.needRegionCode, m.studioRegionCode, Match.Status.DECLINED.name(), d.side.name(), d.reason,
                d.decidedBy, d.decidedAt)));
    }
}
