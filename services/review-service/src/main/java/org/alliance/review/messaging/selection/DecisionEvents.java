package org.alliance.review.messaging.selection;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.review.ApplicationDecided;
import org.alliance.review.domain.selection.CallRules;
import org.alliance.review.domain.selection.Decision;
import org.alliance.review.domain.selection.Reason;

/**
 * Records {@code application.decided.v1} for every decision of a closed call, in the transaction that
 * keeps them: the application service turns a FUNDED one into a project. An application rejected at a
 * sign-off got its decision then and is not decided twice.
 */
@ApplicationScoped
public class DecisionEvents {

    @Inject
    Outbox outbox;

    public Uni<Void> decided(UUID callId, CallRules.Kind kind, List<Decision> decisions, Instant at) {
        List<ApplicationDecided> events = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            if (d.reason() != Reason.REJECTED_AT_SIGN_OFF) {
                events.add(new ApplicationDecided(d.applicationId(), callId, d.studioId(), d.funded() ? "FUNDED" : "NOT_FUNDED",
                        d.grade(), d.amountRmb(), reason(d, kind.scored()), at));
            }
        }
        return outbox.recordAll(events);
    }

    /**
     * The reason as the union reads it, with the score and rank where the application competed; an
     * unscored kind (patent boosts) ranks by submission, and says so.
     */
    static String reason(Decision d, boolean scored) {
        StringBuilder s = new StringBuilder(d.reason().chinese());
        if (d.rank() != null) {
            s.append("（");
            if (d.grade() != null) {
                s.append(d.grade()).append("档，");
            }
            if (d.score() != null) {
                s.append("评审得分").append(d.score().toPlainString()).append("，");
            }
            s.append(scored ? "排名第" : "按提交先后排名第").append(d.rank()).append("）");
        }
        return s.toString();
    }
}
