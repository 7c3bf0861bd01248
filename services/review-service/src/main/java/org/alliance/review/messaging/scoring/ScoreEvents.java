package org.alliance.review.messaging.scoring;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.UUID;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.review.ReviewScored;
import org.alliance.review.domain.scoring.ExpertScore;

/**
 * Records {@code review.scored.v1} for a submission or correction, in the transaction that stored the version,
 * with the case's standing after it (the case_score view read after the new row was flushed).
 */
@ApplicationScoped
public class ScoreEvents {

    /** The case_score row after the score: aggregate, experts scored, complete, flagged. */
    public record Standing(BigDecimal aggregateScore, int expertsScored, boolean complete, boolean flagged) {
    }

    @Inject
    Outbox outbox;

    public Uni<Void> scored(ExpertScore s, UUID applicationId, UUID callId, Standing after) {
        return outbox.record(new ReviewScored(s.caseId, applicationId, callId, s.expertId, s.version,
                s.items().stream().map(i -> new ReviewScored.Points(i.criterion(), i.points())).toList(), s.total, s.note,
                after.aggregateScore(), after.expertsScored(), after.complete(), after.flagged(), s.submittedAt.toInstant()));
    }
}
