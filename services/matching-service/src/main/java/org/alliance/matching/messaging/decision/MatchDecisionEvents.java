package org.alliance.matching.messaging.decision;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.matching.MatchAccepted;
import org.alliance.events.matching.MatchDeclined;
import org.alliance.matching.domain.decision.MatchDecision;
import org.alliance.matching.domain.Match;

/** {@code match.accepted.v1} and {@code match.declined.v1}, recorded in the deciding transaction. */
@ApplicationScoped
public class MatchDecisionEvents {

    @Inject
    Outbox outbox;

    /** @param decisions both sides' acceptances, oldest first */
    public Uni<Void> accepted(Match m, List<MatchDecision> decisions) {
        List<MatchAccepted.Decision> data = decisions.stream()
                .map(d -> new MatchAccepted.Decision(d.side.name(), d.decision.name(), d.reason, d.decidedBy, d.decidedAt))
                .toList();
        return outbox.record(new MatchAccepted(m.id, m.needId, m.studioId, m.needRegionCode, m.studioRegionCode,
                Match.Status.ACCEPTED.name(), data, decisions.get(decisions.size() - 1).decidedAt));
    }

    public Uni<Void> declined(Match m, MatchDecision d) {
        return outbox.record(new MatchDeclined(m.id, m.needId, m.studioId, m.needRegionCode, m.studioRegionCode,
                Match.Status.DECLINED.name(), d.side.name(), d.reason, d.decidedBy, d.decidedAt));
    }
}
