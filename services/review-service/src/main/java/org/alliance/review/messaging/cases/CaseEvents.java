package org.alliance.review.messaging.cases;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.review.ApplicationDecided;
import org.alliance.events.review.ApplicationReturned;
import org.alliance.events.review.ReviewRejected;
import org.alliance.events.review.ReviewRejectedV2;
import org.alliance.events.review.ReviewReturned;
import org.alliance.events.review.ReviewReturnedV2;
import org.alliance.events.review.ReviewStageCompleted;
import org.alliance.events.review.ReviewStageCompletedV2;
import org.alliance.review.domain.cases.CaseStep;
import org.alliance.review.domain.cases.ReviewCase;

/**
 * Records each sign-off step in the outbox, in the transaction of the change: on the case's own topic,
 * and what the application service needs on the decision topic (a return lets the applicant amend; a
 * rejection is final, the application decided not funded).
 */
@ApplicationScoped
public class CaseEvents {

    /** The decision's reason when a level rejects: the decisions treat such a case as already decided. */
    public static final String REJECTED_AT_SIGN_OFF = "rejected at sign-off";

    @Inject
    Outbox outbox;

    public Uni<Void> stageCompleted(ReviewCase c, CaseStep step) {
        return outbox.record(v2(c)
                ? new ReviewStageCompletedV2(c.id, c.applicationId, c.callId, c.kind, c.regionCode, c.studioId,
                        step.level, step.unionName, step.actor, c.stage.name(), step.at.toInstant())
                : new ReviewStageCompleted(c.id, c.applicationId, c.callId, c.kind, c.regionCode, c.studioId,
                        step.level, step.unionName, step.actor, c.stage.name(), step.at.toInstant()));
    }

    public Uni<Void> returned(ReviewCase c, CaseStep step) {
        return outbox.record(v2(c)
                ? new ReviewReturnedV2(c.id, c.applicationId, c.callId, c.kind, c.regionCode, c.studioId,
                        step.level, step.unionName, step.actor, step.reason, step.at.toInstant())
                : new ReviewReturned(c.id, c.applicationId, c.callId, c.kind, c.regionCode, c.studioId,
                        step.level, step.unionName, step.actor, step.reason, step.at.toInstant()))
                .chain(() -> outbox.record(new ApplicationReturned(c.applicationId, c.callId, step.reason, step.at.toInstant())));
    }

    public Uni<Void> rejected(ReviewCase c, CaseStep step) {
        String reason = REJECTED_AT_SIGN_OFF + " (" + step.level + ", " + step.unionName + "): " + step.reason;
        return outbox.record(v2(c)
                ? new ReviewRejectedV2(c.id, c.applicationId, c.callId, c.kind, c.regionCode, c.studioId,
                        step.level, step.unionName, step.actor, step.reason, step.at.toInstant())
                : new ReviewRejected(c.id, c.applicationId, c.callId, c.kind, c.regionCode, c.studioId,
                        step.level, step.unionName, step.actor, step.reason, step.at.toInstant()))
                .chain(() -> outbox.record(new ApplicationDecided(c.applicationId, c.callId, c.studioId, "NOT_FUNDED", null,
                        null, reason, step.at.toInstant())));
    }

    /** The v1 schemas forbid the kind OUTSTANDING_ACHIEVEMENT: its steps are v2, the other kinds' stay v1. */
    private static boolean v2(ReviewCase c) {
        return ReviewCase.OUTSTANDING_ACHIEVEMENT.equals(c.kind);
    }
}
