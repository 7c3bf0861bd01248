package org.alliance.review.api.selection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.review.domain.selection.Decision;
import org.alliance.review.domain.selection.SelectionService;

/**
 * A call's decision: {@code decided} false for a preview (nothing kept, nothing published), true once
 * the city union closed the review; every application with its decision, competing ones in rank order.
 */
public record SelectionView(UUID callId, String kind, int year, String issuingUnion, long budgetRmb, boolean decided,
        OffsetDateTime decidedAt, int funded, long fundedRmb, long remainingRmb, List<DecisionView> decisions) {

    /** One application's decision; {@code reasonCode} is stable, {@code reason} the sentence its union reads. */
    public record DecisionView(UUID applicationId, UUID studioId, String regionCode, String decision, String grade,
            Long amountRmb, String reasonCode, String reason, BigDecimal score, Integer rank) {
        static DecisionView of(Decision d) {
            return new DecisionView(d.applicationId(), d.studioId(), d.regionCode(), d.funded() ? "FUNDED" : "NOT_FUNDED",
                    d.grade(), d.amountRmb(), d.reason().name(), d.reason().chinese(), d.score(), d.rank());
        }
    }

    static SelectionView of(SelectionService.Outcome o) {
        var c = o.call();
        var r = o.result();
        return new SelectionView(c.callId(), c.kind(), c.year(), c.issuingUnion(), c.budgetRmb(), o.decided(), o.closedAt(),
                r.funded(), r.fundedRmb(), r.remainingRmb(), r.decisions().stream().map(DecisionView::of).toList());
    }
}
