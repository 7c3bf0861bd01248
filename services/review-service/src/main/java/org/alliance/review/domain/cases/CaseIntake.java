package org.alliance.review.domain.cases;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alliance.review.domain.replica.Studio;
import org.jboss.logging.Logger;

/**
 * Opens, refreshes and closes review cases as the application service's events arrive (one
 * application's events come in order on its partition; a redelivery changes nothing).
 */
@ApplicationScoped
public class CaseIntake {

    private static final Logger LOG = Logger.getLogger(CaseIntake.class);

    @Inject
    CaseTrail trail;

    /** application.submitted: opens the application's case at its first level, once. */
    public Uni<ReviewCase> open(Submission s) {
        return byApplication(s.applicationId()).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            ReviewCase c = new ReviewCase();
            c.id = UUID.randomUUID();
            c.applicationId = s.applicationId();
            c.callId = s.callId();
            c.callYear = s.callYear();
            c.kind = s.kind();
            c.regionCode = s.regionCode();
            c.studioId = s.studioId();
            c.stage = ReviewCase.firstStage(s.kind());
            c.status = ReviewCase.Status.IN_SIGN_OFF;
            c.submittedAt = s.at();
            c.createdAt = OffsetDateTime.now();
            refresh(c, s);
            return withStudio(c).chain(() -> c.<ReviewCase>persist())
                    .call(opened -> trail.append(CaseStep.of(opened, CaseStep.Action.SUBMITTED, s.at())));
        });
    }

    /**
     * application.amended: the case takes the amended form; a returned case goes back into sign-off
     * at the level that returned it (its stage never moved).
     */
    public Uni<ReviewCase> amend(Submission s) {
        return byApplication(s.applicationId()).chain(c -> {
            if (c == null) {
                // the submission was never seen (a topic read from a later offset): the amendment opens the case
                return open(s);
            }
            if (c.closed() || s.applicationVersion() <= c.applicationVersion) {
                LOG.infof("amendment of application %s (version %d) ignored: case %s is %s at version %d",
                        s.applicationId(), s.applicationVersion(), c.id, c.status, c.applicationVersion);
                return Uni.createFrom().item(c);
            }
            refresh(c, s);
            if (c.status == ReviewCase.Status.RETURNED) {
                c.status = ReviewCase.Status.IN_SIGN_OFF;
            }
            return withStudio(c).call(amended -> trail.append(CaseStep.of(amended, CaseStep.Action.AMENDED, s.at())));
        });
    }

    /** application.withdrawn: the case closes, whatever stage it reached, unless it was already rejected. */
    public Uni<ReviewCase> withdraw(UUID applicationId, OffsetDateTime at) {
        return byApplication(applicationId).chain(c -> {
            if (c == null || c.closed()) {
                return Uni.createFrom().item(c);
            }
            c.status = ReviewCase.Status.WITHDRAWN;
            c.updatedAt = OffsetDateTime.now();
            return trail.append(CaseStep.of(c, CaseStep.Action.WITHDRAWN, at)).replaceWith(c);
        });
    }

    /** The application's case, locked for the rest of the transaction: a sign-off and an event never interleave on it. */
    public static Uni<ReviewCase> byApplication(UUID applicationId) {
        return ReviewCase.<ReviewCase>find("applicationId", applicationId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private static void refresh(ReviewCase c, Submission s) {
        c.enterpriseName = s.enterpriseName();
        c.title = s.title();
        c.industryDivision = s.industryDivision();
        c.applicationVersion = s.applicationVersion();
        c.updatedAt = OffsetDateTime.now();
    }

    /** The studio's enterprise and, when the form named no division, its industry, if the replica has the studio. */
    private static Uni<ReviewCase> withStudio(ReviewCase c) {
        if (c.studioId == null) {
            return Uni.createFrom().item(c);
        }
        return Studio.<Studio>findById(c.studioId).map(studio -> {
            if (studio != null) {
                c.enterpriseId = studio.enterpriseId;
                if (c.industryDivision == null) {
                    c.industryDivision = studio.industryDivision;
                }
            }
            return c;
        });
    }
}
