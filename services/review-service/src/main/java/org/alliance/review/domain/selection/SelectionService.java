package org.alliance.review.domain.selection;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.common.time.ChinaClockProvider;
import org.alliance.events.application.CallPublished;
import org.alliance.common.problem.Refusal;
import org.alliance.review.messaging.selection.DecisionEvents;
import org.alliance.review.repository.call.CallCopies;
import org.alliance.review.repository.selection.SelectionRows;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.alliance.security.UnionLevel;

/**
 * Decides a call when the city union closes its review: {@link #preview} computes the decision from
 * the cases and scores as they stand, keeping and publishing nothing; {@link #close} computes the
 * same, keeps it and records one {@code application.decided} per application in one transaction,
 * once per call. The city union is the union of level CITY whose region is the call's issuing region.
 */
@ApplicationScoped
public class SelectionService {

    @Inject
    CallCopies calls;

    @Inject
    SelectionRows rows;

    @Inject
    DecisionEvents events;

    /** A call's decision: computed now (a preview) or as kept when the review closed. */
    public record Outcome(CallPublished call, SelectionResult result, boolean decided, OffsetDateTime closedAt) {
    }

    @WithSession
    public Uni<Outcome> preview(Caller caller, UUID callId) {
        return call(caller, callId, false).flatMap(call -> rows.cases(callId)
                .map(cases -> new Outcome(call, Selection.select(rules(call), cases.candidates()), false, null)));
    }

    @WithTransaction
    public Uni<Outcome> close(Caller caller, UUID callId) {
        return call(caller, callId, true).flatMap(call -> calls.closedEarly(callId).map(early -> {
            if (early.isEmpty() && !LocalDate.now(ChinaClockProvider.CHINA).isAfter(call.closesOn())) {
                throw Refusal.conflict("call-still-open", "callId", "call " + callId + " takes applications until "
                        + call.closesOn() + " (China time) unless its union closes it early: its review closes after that");
            }
            return call;
        })).flatMap(call -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            return rows.cases(callId).flatMap(cases -> {
                SelectionResult result = Selection.select(rules(call), cases.candidates());
                long unscored = result.decisions().stream().filter(d -> d.reason() == Reason.NOT_SCORED).count();
                if (unscored > 0) {
                    throw Refusal.conflict("scores-incomplete", "callId", unscored + " signed-off application(s) of call " + callId
                            + " are not scored by every expert the call asks for: the review closes when they are");
                }
                return rows.close(callId, caller.name(), now, result).flatMap(first -> {
                    if (!first) {
                        throw Refusal.conflict("review-closed", "callId", "the review of call " + callId
                                + " is closed: its decision is final");
                    }
                    return rows.keep(callId, cases.caseOfApplication(), result.decisions())
                            .chain(() -> events.decided(callId, rules(call).kind(), result.decisions(), now.toInstant()))
                            .replaceWith(new Outcome(call, result, true, now));
                });
            });
        });
    }

    @WithSession
    public Uni<Outcome> decided(Caller caller, UUID callId) {
        return call(caller, callId, false).flatMap(call -> rows.kept(callId).map(kept -> {
            if (kept == null) {
                throw ProblemException.notFound("decision of call", callId);
            }
            return new Outcome(call, kept.result(), true, kept.closedAt());
        }));
    }

    /** The call, if the caller may see its decision: its city union; coordinators and operators read it. */
    private Uni<CallPublished> call(Caller caller, UUID callId, boolean close) {
        return calls.find(callId).map(call -> {
            if (call == null) {
                throw ProblemException.notFound("call", callId);
            }
            if (!close && (caller.is(Roles.COORDINATOR) || caller.is(Roles.OPERATOR))) {
                return call;
            }
            if (!caller.is(Roles.UNION) || caller.is(Roles.OPERATOR) || caller.is(Roles.COORDINATOR)) {
                throw new ProblemException(403, "not-city-union", "Forbidden", "the review of call " + callId
                        + " is closed by its city union, the " + call.issuingUnion() + " (" + call.issuingRegion() + ")", null);
            }
            if (!caller.region().equals(call.issuingRegion())) {
                throw ProblemException.notFound("call", callId);
            }
            if (caller.requireLevel() != UnionLevel.CITY) {
                throw new ProblemException(403, "level-forbidden", "Forbidden", "level: the city union decides call " + callId
                        + ", not a " + caller.requireLevel() + " union", List.of(new Problem.FieldError("level", "not CITY")));
            }
            return call;
        });
    }

    /** The terms selection reads, from the call's published copy. */
    static CallRules rules(CallPublished c) {
        return new CallRules(c.callId(), CallRules.Kind.valueOf(c.kind()), c.issuingRegion(), c.budgetRmb(),
                c.amounts().stream().map(a -> new CallRules.Amount(a.tier(), a.grade(), a.amountRmb())).toList(),
                c.quotas().stream().map(q -> new CallRules.Quota(q.regionCode(), q.places())).toList(),
                c.maxFundedPerStudio(), c.minimumScore(), c.gradeAScore(), c.regionMinimumPlaces(), c.places());
    }
}
