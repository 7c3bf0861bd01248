package org.alliance.review.domain.cases;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.paging.Pages;
import org.alliance.common.problem.ProblemException;
import org.alliance.common.problem.Refusal;
import org.alliance.review.messaging.cases.CaseEvents;
import org.alliance.security.Caller;
import org.alliance.security.UnionLevel;

/**
 * The multi-level sign-off (审核盖章): the unit union, then the district / bureau / group union, then
 * the city union each approve and stamp a case, return it for changes, or reject it. A level acts only
 * on a case of its scope ({@link CaseScope}) that stands at its level; every step is written to the
 * case's trail and published, in the transaction of the change.
 */
@ApplicationScoped
public class SignOffService {

    /** A case with its trail, as read. */
    public record CaseWithTrail(ReviewCase reviewCase, List<CaseStep> trail) {
    }

    @Inject
    CaseTrail trail;

    @Inject
    CaseEvents events;

    @WithTransaction
    public Uni<CaseWithTrail> signOff(Caller caller, UUID id, SignOff request) {
        UnionLevel level = caller.requireLevel();
        return ReviewCase.<ReviewCase>findById(id, LockModeType.PESSIMISTIC_WRITE).chain(c -> {
            visible(caller, c, id);
            if (c.status != ReviewCase.Status.IN_SIGN_OFF) {
                throw Refusal.conflict("case-not-in-sign-off", "status", "the case is " + c.status + ": only a case in sign-off"
                        + " is signed (a returned case waits for the amended application)");
            }
            if (!c.stage.name().equals(level.name())) {
                throw Refusal.conflict("case-at-other-level", "stage", "the case stands at " + c.stage + ", not at the caller's"
                        + " level " + level);
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            CaseStep step = new CaseStep();
            step.id = UUID.randomUUID();
            step.caseId = c.id;
            step.level = level.name();
            step.unionName = request.unionName();
            step.actor = caller.name();
            step.regionCode = caller.region();
            step.at = now;
            c.updatedAt = now;
            Uni<Void> published;
            switch (request.action()) {
                case APPROVE -> {
                    step.action = CaseStep.Action.APPROVED.name();
                    c.stage = level.next().map(next -> ReviewCase.Stage.valueOf(next.name())).orElse(ReviewCase.Stage.SIGNED_OFF);
                    if (c.stage == ReviewCase.Stage.SIGNED_OFF) {
                        c.status = ReviewCase.Status.SIGNED_OFF;
                    }
                    published = events.stageCompleted(c, step);
                }
                case RETURN -> {
                    step.action = CaseStep.Action.RETURNED.name();
                    step.reason = request.reason();
                    c.status = ReviewCase.Status.RETURNED;
                    published = events.returned(c, step);
                }
                default -> {
                    step.action = CaseStep.Action.REJECTED.name();
                    step.reason = request.reason();
                    c.status = ReviewCase.Status.REJECTED;
                    published = events.rejected(c, step);
                }
            }
            return trail.append(step).chain(() -> published).chain(() -> withTrail(c));
        });
    }

    @WithSession
    public Uni<CaseWithTrail> get(Caller caller, UUID id) {
        return ReviewCase.<ReviewCase>findById(id).chain(c -> withTrail(visible(caller, c, id)));
    }

    /** The caller's cases, oldest submission first, by call, status and stage when given. */
    @WithSession
    public Uni<Page<ReviewCase>> list(Caller caller, UUID callId, ReviewCase.Status status, ReviewCase.Stage stage,
            PageRequest page) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder(CaseScope.where(caller, params));
        if (callId != null) {
            where.append(" and callId = :call");
            params.and("call", callId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (stage != null) {
            where.append(" and stage = :stage");
            params.and("stage", stage);
        }
        return Pages.of(ReviewCase.<ReviewCase>find(where.toString(), Sort.by("submittedAt").and("id"), params), page);
    }

    private Uni<CaseWithTrail> withTrail(ReviewCase c) {
        return trail.of(c.id).map(steps -> new CaseWithTrail(c, steps));
    }

    private static ReviewCase visible(Caller caller, ReviewCase c, UUID id) {
        if (c == null || !CaseScope.sees(caller, c)) {
            throw ProblemException.notFound("review case", id);
        }
        return c;
    }
}
