package org.alliance.application.domain.call;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.common.problem.Refusal;
import org.alliance.application.domain.studio.StudioTier;
import org.alliance.application.messaging.call.CallEvents;
import org.alliance.application.repository.call.CallRows;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.paging.Pages;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;
import org.alliance.security.Roles;
import org.alliance.security.UnionLevel;

/**
 * Drafting, changing and publishing calls. A union drafts calls of its own region (an operator any);
 * once published a call's terms are frozen (409 {@code call-frozen}), because applications are judged
 * by them, and the review side decides them by the terms {@code call.published.v1} carries. Drafts are seen by the unions of the issuing region and operators only; published calls by all.
 */
@ApplicationScoped
public class CallService {

    @Inject
    CallRows rows;

    @Inject
    Clock clock;

    @Inject
    CallEvents events;

    /** A call with its rows and where it stands now. */
    public record CallDetails(FundingCall call, CallRows.Rows rows, CallPhase phase) {
    }

    @WithTransaction
    public Uni<CallDetails> draft(Caller caller, CallTerms terms) {
        check(terms);
        caller.requireMayWrite("issuingRegion", terms.issuingRegion());
        return requireNoTwin(null, terms).flatMap(v -> {
            FundingCall call = new FundingCall();
            call.id = UUID.randomUUID();
            call.status = FundingCall.Status.DRAFTED;
            apply(call, terms);
            return call.<FundingCall>persist().flatMap(saved -> rows.replace(saved.id, terms)).flatMap(x -> details(call));
        });
    }

    @WithTransaction
    public Uni<CallDetails> change(Caller caller, UUID id, CallTerms terms) {
        check(terms);
        return locked(caller, id).flatMap(call -> {
            requireDraft(call);
            caller.requireMayWrite("issuingRegion", terms.issuingRegion());
            return requireNoTwin(id, terms).flatMap(v -> {
                apply(call, terms);
                return rows.replace(id, terms).flatMap(x -> details(call));
            });
        });
    }

    @WithTransaction
    public Uni<CallDetails> publish(Caller caller, UUID id) {
        return locked(caller, id).flatMap(call -> {
            requireDraft(call);
            caller.requireMayWrite("issuingRegion", call.issuingRegion);
            call.status = FundingCall.Status.PUBLISHED;
            call.publishedAt = OffsetDateTime.now(clock);
            return details(call).flatMap(d -> events.published(d.call(), d.rows()).replaceWith(d));
        });
    }

    /**
     * The issuing union closes the window before its last day (提前截止), once, while it is open: the union
     * of exactly the issuing region, at the city level when its token names a level. Applications already
     * submitted stay with the review side; from now on nothing is submitted or amended, as after the last day.
     */
    @WithTransaction
    public Uni<CallDetails> close(Caller caller, UUID id, String reason) {
        return locked(caller, id).flatMap(call -> {
            if (!call.issuingRegion.equals(caller.region())
                    || caller.level().map(l -> l != UnionLevel.CITY).orElse(false)) {
                throw new ProblemException(403, "not-issuing-union", "Forbidden", "call " + id + " is closed by the union"
                        + " that issued it, the " + call.issuingUnion + " (" + call.issuingRegion + ")",
                        List.of(new Problem.FieldError("region", "not the issuing union")));
            }
            CallPhase phase = CallPhase.of(call, clock);
            if (phase != CallPhase.OPEN) {
                throw Refusal.conflict("call-not-open", "phase", "call " + id + " is " + phase
                        + (call.closedAt != null ? " since " + call.closedAt : "") + ": only an open window closes early");
            }
            call.closedAt = OffsetDateTime.now(clock);
            call.closedBy = caller.name();
            call.closingReason = reason;
            return events.closed(call).chain(() -> details(call));
        });
    }

    @WithSession
    public Uni<CallDetails> get(Caller caller, UUID id) {
        return FundingCall.<FundingCall>findById(id).flatMap(call -> {
            if (call == null || !visible(caller, call)) {
                throw ProblemException.notFound("call", id);
            }
            return details(call);
        });
    }

    /** Published calls, and the drafts of the caller's region; newest year first. */
    @WithSession
    public Uni<Page<FundingCall>> list(Caller caller, PageRequest page) {
        String scope = caller.is(Roles.OPERATOR) ? "%" : caller.is(Roles.UNION) ? RegionScope.likePattern(caller.region()) : "-";
        var query = FundingCall.<FundingCall>find("status = :published or issuingRegion like :scope",
                Sort.descending("year").and("kind").and("issuingRegion"),
                Parameters.with("published", FundingCall.Status.PUBLISHED).and("scope", scope));
        return Pages.of(query, page);
    }

    public CallPhase phase(FundingCall call) {
        return CallPhase.of(call, clock);
    }

    private Uni<CallDetails> details(FundingCall call) {
        return rows.of(call.id).map(r -> new CallDetails(call, r, CallPhase.of(call, clock)));
    }

    private Uni<FundingCall> locked(Caller caller, UUID id) {
        return FundingCall.<FundingCall>findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).map(call -> {
            if (call == null || !visible(caller, call)) {
                throw ProblemException.notFound("call", id);
            }
            return call;
        });
    }

    private static boolean visible(Caller caller, FundingCall call) {
        return call.status == FundingCall.Status.PUBLISHED || caller.is(Roles.OPERATOR)
                || caller.is(Roles.UNION) && caller.sees(call.issuingRegion);
    }

    private static void requireDraft(FundingCall call) {
        if (call.status != FundingCall.Status.DRAFTED) {
            throw Refusal.conflict("call-frozen", "status", "call " + call.id + " was published on " + call.publishedAt
                    + ": its terms are frozen");
        }
    }

    private static Uni<Void> requireNoTwin(UUID self, CallTerms t) {
        return FundingCall.count("kind = ?1 and year = ?2 and issuingRegion = ?3 and id <> ?4", t.kind(), t.year(),
                t.issuingRegion(), self == null ? new UUID(0, 0) : self).map(n -> {
                    if (n > 0) {
                        throw Refusal.conflict("one-call-per-kind-year-region", "year", "the union of " + t.issuingRegion()
                                + " already has a " + t.kind() + " call for " + t.year());
                    }
                    return null;
                });
    }

    private static void apply(FundingCall call, CallTerms t) {
        call.kind = t.kind();
        call.year = t.year();
        call.title = t.title();
        call.issuingUnion = t.issuingUnion();
        call.issuingRegion = t.issuingRegion();
        call.opensOn = t.opensOn();
        call.closesOn = t.closesOn();
        call.budgetRmb = t.budgetRmb();
        call.maxApplicationsPerStudio = t.maxApplicationsPerStudio();
        call.maxFundedPerStudio = t.maxFundedPerStudio();
        call.completionMonths = t.completionMonths();
        call.eligibleTiers = List.copyOf(t.eligibleTiers());
        call.grantFrom = t.grantFrom();
        call.grantTo = t.grantTo();
        call.minimumScore = t.minimumScore();
        call.gradeAScore = t.gradeAScore();
        call.regionMinimumPlaces = t.regionMinimumPlaces();
        call.places = t.places();
    }

    /** The terms' coherence: what each kind of call needs to decide its applications. */
    static void check(CallTerms t) {
        if (t.closesOn().isBefore(t.opensOn())) {
            throw ProblemException.invalid("closesOn", "must not be before opensOn");
        }
        if (t.maxFundedPerStudio() > t.maxApplicationsPerStudio()) {
            throw ProblemException.invalid("maxFundedPerStudio", "must not exceed maxApplicationsPerStudio");
        }
        for (String tier : t.eligibleTiers()) {
            if (!StudioTier.known(tier)) {
                throw ProblemException.invalid("eligibleTiers", "unknown studio tier " + tier);
            }
        }
        Set<String> seen = new HashSet<>();
        for (CallTerms.Amount a : t.amounts()) {
            if (!seen.add(a.tier() + "/" + a.grade())) {
                throw ProblemException.invalid("amounts", "tier " + a.tier() + " grade " + a.grade() + " is listed twice");
            }
        }
        Set<String> regions = new HashSet<>();
        for (CallTerms.RegionQuota q : t.quotas()) {
            if (!RegionScope.covers(t.issuingRegion(), q.regionCode())) {
                throw ProblemException.invalid("quotas", "region " + q.regionCode() + " is outside the issuing region " + t.issuingRegion());
            }
            if (!regions.add(q.regionCode())) {
                throw ProblemException.invalid("quotas", "region " + q.regionCode() + " is listed twice");
            }
        }
        switch (t.kind()) {
            case PROJECT_BOOST -> {
                if (t.eligibleTiers().isEmpty()) {
                    throw ProblemException.invalid("eligibleTiers", "a project call names the studio tiers it accepts");
                }
                for (CallTerms.Amount a : t.amounts()) {
                    if (a.tier() == null || !t.eligibleTiers().contains(a.tier())) {
                        throw ProblemException.invalid("amounts", "every amount of a project call names one of its eligible tiers");
                    }
                }
                for (String tier : t.eligibleTiers()) {
                    if (t.amounts().stream().noneMatch(a -> tier.equals(a.tier()))) {
                        throw ProblemException.invalid("amounts", "no amount for eligible tier " + tier);
                    }
                }
            }
            case PATENT_BOOST, OUTSTANDING_ACHIEVEMENT -> {
                if (t.amounts().size() != 1 || t.amounts().get(0).tier() != null || t.amounts().get(0).grade() != null) {
                    throw ProblemException.invalid("amounts", "a " + t.kind() + " call pays one amount, with no tier or grade");
                }
            }
        }
        if (t.amounts().stream().anyMatch(a -> a.grade() != null) && t.gradeAScore() == null) {
            throw ProblemException.invalid("gradeAScore", "a call that pays by grade names the score from which grade A is given");
        }
        if (t.gradeAScore() != null && t.minimumScore() != null && t.gradeAScore().compareTo(t.minimumScore()) < 0) {
            throw ProblemException.invalid("gradeAScore", "must not be below minimumScore");
        }
        if (t.kind() == FundingCall.Kind.PATENT_BOOST) {
            if (t.grantFrom() == null || t.grantTo() == null) {
                throw ProblemException.invalid(t.grantFrom() == null ? "grantFrom" : "grantTo", "a patent call names its grant window");
            }
            if (t.grantTo().isBefore(t.grantFrom())) {
                throw ProblemException.invalid("grantTo", "must not be before grantFrom");
            }
        }
    }
}
