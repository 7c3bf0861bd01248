package org.alliance.application.domain.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.alliance.common.problem.Refusal;
import org.alliance.application.domain.call.CallPhase;
import org.alliance.application.domain.call.FundingCall;
import org.alliance.application.domain.studio.Studio;
import org.alliance.application.messaging.application.ApplicationEvents;
import org.alliance.application.repository.application.ApplicationCounts;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.ProblemException;
import org.alliance.common.time.ChinaClockProvider;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;
import org.alliance.security.Roles;

/**
 * Drafting, submitting, withdrawing and amending applications. Every eligibility rule is checked on
 * submission (and again when a returned application is amended), inside one transaction that either
 * records the change or records nothing. Limits that concurrent submissions could both pass are held
 * by the database: the per-person and per-patent unique indexes, and the studio's row lock under
 * which its live applications in the call are counted.
 */
@ApplicationScoped
public class ApplicationService {

    @Inject
    Clock clock;

    @Inject
    ApplicationCounts counts;

    @Inject
    ApplicationEvents events;

    @WithTransaction
    public Uni<Application> draft(Caller caller, ApplicationForm form) {
        return call(form.callId()).flatMap(call -> {
            Application a = new Application();
            a.id = UUID.randomUUID();
            a.callId = call.id;
            a.kind = call.kind;
            a.callYear = call.year;
            a.status = Application.Status.DRAFT;
            a.filedBy = caller.name();
            a.createdAt = OffsetDateTime.now(clock);
            return fill(caller, call, a, form).flatMap(x -> a.<Application>persist());
        });
    }

    /** Changes a draft, or amends and re-submits an application returned for changes. */
    @WithTransaction
    public Uni<Application> changeOrAmend(Caller caller, UUID id, ApplicationForm form) {
        return mine(caller, id).flatMap(a -> a.status == Application.Status.RETURNED ? amend(caller, a, form) : change(caller, a, form));
    }

    private Uni<Application> change(Caller caller, Application a, ApplicationForm form) {
        if (a.status != Application.Status.DRAFT) {
            throw Refusal.conflict("application-not-draft", "status", "application " + a.id + " is " + a.status
                    + "; only a draft or a returned application changes");
        }
        return call(a.callId).flatMap(call -> fill(caller, call, a, form)).replaceWith(a);
    }

    @WithTransaction
    public Uni<Application> submit(Caller caller, UUID id) {
        return mine(caller, id).flatMap(a -> {
            if (a.status != Application.Status.DRAFT) {
                throw Refusal.conflict("application-not-draft", "status", "application " + id + " is " + a.status
                        + "; only a draft is submitted");
            }
            return enter(a, Application.Status.SUBMITTED).flatMap(x -> events.submitted(a)).replaceWith(a);
        });
    }

    /** A returned application, changed as the review side asked, goes back in through every rule. */
    private Uni<Application> amend(Caller caller, Application a, ApplicationForm form) {
        return call(a.callId).flatMap(call -> fill(caller, call, a, form))
                .flatMap(x -> enter(a, Application.Status.SUBMITTED))
                .flatMap(x -> events.amended(a)).replaceWith(a);
    }

    @WithTransaction
    public Uni<Application> withdraw(Caller caller, UUID id) {
        return mine(caller, id).flatMap(a -> {
            if (a.status != Application.Status.DRAFT && a.status != Application.Status.SUBMITTED
                    && a.status != Application.Status.RETURNED) {
                throw Refusal.conflict("application-not-withdrawable", "status", "application " + id + " is " + a.status);
            }
            boolean wasFiled = a.live();
            a.status = Application.Status.WITHDRAWN;
            a.updatedAt = OffsetDateTime.now(clock);
            return (wasFiled ? events.withdrawn(a) : Uni.createFrom().voidItem()).replaceWith(a);
        });
    }

    @WithSession
    public Uni<Application> get(Caller caller, UUID id) {
        return Application.<Application>findById(id).map(a -> visible(caller, a, id));
    }

    /** A union's applications (its region), or any for reviewers and operators; newest first. */
    @WithSession
    public Uni<Page<Application>> list(Caller caller, UUID callId, Application.Status status, PageRequest page) {
        String scope = caller.isRegionBound() ? RegionScope.likePattern(caller.region()) : "%";
        // a district's exact code is an equality, which walks application_region_list in the list's order;
        // LIKE on the bpchar column sorts every row of the region first (bench/run application)
        StringBuilder where = new StringBuilder(scope.contains("%") ? "regionCode like :scope" : "regionCode = :scope");
        Parameters p = Parameters.with("scope", scope);
        if (callId != null) {
            where.append(" and callId = :call");
            p = p.and("call", callId);
        }
        if (status != null) {
            where.append(" and status = :status");
            p = p.and("status", status);
        }
        var query = Application.<Application>find(where.toString(), Sort.descending("createdAt").and("id"), p)
                .page(page.page, page.size);
        return query.list().flatMap(items -> query.count().map(total -> new Page<>(items, page.page, page.size, total)));
    }

    static Application visible(Caller caller, Application a, UUID id) {
        if (a == null || !caller.sees(a.regionCode)) {
            throw ProblemException.notFound("application", id);
        }
        return a;
    }

    /** The application, locked, if the caller is a union that may file it (an operator may too). */
    Uni<Application> mine(Caller caller, UUID id) {
        return Application.<Application>findById(id, LockModeType.PESSIMISTIC_WRITE).map(a -> {
            Application seen = visible(caller, a, id);
            if (!caller.is(Roles.UNION) && !caller.is(Roles.OPERATOR)) {
                throw ProblemException.notFound("application", id);
            }
            return seen;
        });
    }

    private static Uni<FundingCall> call(UUID callId) {
        return FundingCall.<FundingCall>findById(callId).map(call -> {
            if (call == null || call.status != FundingCall.Status.PUBLISHED) {
                throw ProblemException.unprocessable("callId", "no published call " + callId);
            }
            return call;
        });
    }

    /** Copies the form onto the application after checking it names what its kind needs, in the caller's region. */
    private Uni<Void> fill(Caller caller, FundingCall call, Application a, ApplicationForm form) {
        if (!call.id.equals(form.callId())) {
            throw ProblemException.invalid("callId", "an application stays in the call it was drafted in");
        }
        ApplicationForms.requireComplete(call.kind, form);
        Uni<String> region = form.studioId() == null ? Uni.createFrom().item(form.regionCode())
                : Studio.<Studio>findById(form.studioId()).map(studio -> {
                    if (studio == null || !caller.sees(studio.regionCode)) {
                        throw Refusal.rule("studio-unknown", "studioId", "no studio " + form.studioId() + " in the caller's region");
                    }
                    if (form.regionCode() != null && !form.regionCode().equals(studio.regionCode)) {
                        throw ProblemException.invalid("regionCode", "the studio is in region " + studio.regionCode);
                    }
                    return studio.regionCode;
                });
        return region.map(code -> {
            caller.requireMayWrite(form.studioId() == null ? "regionCode" : "studioId", code);
            a.regionCode = code;
            a.studioId = form.studioId();
            a.enterpriseName = form.enterpriseName();
            ApplicationForms.copy(form, a);
            a.updatedAt = OffsetDateTime.now(clock);
            return null;
        });
    }

    /** Checks every rule for a filing now, then moves the application into {@code status} and flushes. */
    private Uni<Void> enter(Application a, Application.Status status) {
        return FundingCall.<FundingCall>findById(a.callId).flatMap(call -> {
            if (CallPhase.of(call, clock) != CallPhase.OPEN) {
                throw Refusal.rule("call-open", "callId", "the call is " + CallPhase.of(call, clock) + ": it takes applications from "
                        + call.opensOn + " 00:00 to " + call.closesOn + " 23:59:59 China time"
                        + (call.closedAt != null ? ", closed early by its union at " + call.closedAt : ""));
            }
            EligibilityRules.inCallRegion(call, a, a.studioId == null ? "regionCode" : "studioId");
            Uni<Void> checked = switch (call.kind) {
                case PATENT_BOOST -> patent(call, a);
                case PROJECT_BOOST -> project(call, a);
                case OUTSTANDING_ACHIEVEMENT -> achievement(call, a);
            };
            return checked.flatMap(x -> {
                a.status = status;
                a.submittedAt = OffsetDateTime.now(clock);
                a.updatedAt = a.submittedAt;
                a.returnReason = null;
                return Panache.getSession().flatMap(s -> s.flush()).onFailure().transform(UniqueRefusals::asRefusal);
            });
        });
    }

    private Uni<Void> patent(FundingCall call, Application a) {
        EligibilityRules.patent(call, a);
        a.patentNumber = PatentNumber.parse(a.patentNumber).orElseThrow().toString();
        return Uni.createFrom().voidItem();
    }

    /** An achievement is finished, and its studio within the call's applications per studio (counted under its row lock). */
    private Uni<Void> achievement(FundingCall call, Application a) {
        EligibilityRules.achievement(a, LocalDate.now(clock.withZone(ChinaClockProvider.CHINA)));
        return Studio.<Studio>findById(a.studioId, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(studio -> counts.liveInCall(a.studioId, call.id, a.id).map(live -> {
                    if (live >= call.maxApplicationsPerStudio) {
                        throw Refusal.rule("studio-application-limit", "studioId", "studio " + studio.name + " already has " + live
                                + " live applications in this call (at most " + call.maxApplicationsPerStudio + ")");
                    }
                    return null;
                }));
    }

    private Uni<Void> project(FundingCall call, Application a) {
        EligibilityRules.project(call, a);
        return Studio.<Studio>findById(a.studioId, LockModeType.PESSIMISTIC_WRITE).flatMap(studio -> {
            EligibilityRules.projectStudio(call, studio);
            return counts.liveInCall(a.studioId, call.id, a.id).flatMap(live -> {
                if (live >= call.maxApplicationsPerStudio) {
                    throw Refusal.rule("studio-application-limit", "studioId", "studio " + studio.name + " already has " + live
                            + " live applications in this call (at most " + call.maxApplicationsPerStudio + ")");
                }
                return counts.unacceptedProjects(a.studioId).map(open -> {
                    if (open > 0) {
                        throw Refusal.rule("studio-has-unaccepted-project", "studioId", "studio " + studio.name
                                + " has a funded project that has not passed completion acceptance");
                    }
                    return null;
                });
            });
        });
    }
}
