package org.alliance.application.domain.project;

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
import org.alliance.application.domain.application.Application;
import org.alliance.application.domain.call.FundingCall;
import org.alliance.application.messaging.project.ProjectEvents;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.ProblemException;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;
import org.alliance.security.Roles;
import org.jboss.logging.Logger;

/**
 * Applies the review side's returns and decisions, and runs completion acceptance. The city union
 * that accepts or fails a completion is the union whose token region equals the call's issuing
 * region (tokens carry no union level yet): for a Beijing call, the 110000 union.
 */
@ApplicationScoped
public class ProjectService {

    private static final Logger LOG = Logger.getLogger(ProjectService.class);

    @Inject
    Clock clock;

    @Inject
    ProjectEvents events;

    /** The review side returned the application for changes; only a submitted one can be. */
    public Uni<Void> returned(UUID applicationId, String reason) {
        return Application.<Application>findById(applicationId, LockModeType.PESSIMISTIC_WRITE).map(a -> {
            if (a == null || a.status != Application.Status.SUBMITTED) {
                LOG.warnf("return of application %s ignored: it is %s", applicationId, a == null ? "unknown" : a.status);
                return null;
            }
            a.status = Application.Status.RETURNED;
            a.returnReason = reason;
            a.updatedAt = OffsetDateTime.now(clock);
            return null;
        });
    }

    /**
     * FUNDED: the application is funded and, for a project boost, its project starts, due the call's
     * completion months after approval. NOT_FUNDED: the application is closed. A decision on an
     * application that is not with the review side (withdrawn, already decided) changes nothing.
     */
    public Uni<Void> decided(FundingDecision d) {
        return Application.<Application>findById(d.applicationId(), LockModeType.PESSIMISTIC_WRITE).flatMap(a -> {
            if (a == null || a.status != Application.Status.SUBMITTED && a.status != Application.Status.RETURNED) {
                LOG.warnf("decision on application %s ignored: it is %s", d.applicationId(), a == null ? "unknown" : a.status);
                return Uni.createFrom().voidItem();
            }
            a.updatedAt = OffsetDateTime.now(clock);
            if (!d.funded()) {
                a.status = Application.Status.NOT_FUNDED;
                return Uni.createFrom().voidItem();
            }
            a.status = Application.Status.FUNDED;
            if (a.kind != FundingCall.Kind.PROJECT_BOOST) {
                return Uni.createFrom().voidItem();
            }
            return FundingCall.<FundingCall>findById(a.callId).flatMap(call -> {
                Project p = new Project();
                p.id = UUID.randomUUID();
                p.applicationId = a.id;
                p.callId = a.callId;
                p.studioId = a.studioId;
                p.regionCode = a.regionCode;
                p.title = a.title;
                p.grade = d.grade();
                p.amountRmb = d.amountRmb();
                p.approvedOn = a.approvedOn;
                p.dueOn = a.approvedOn.plusMonths(call.completionMonths);
                p.status = Project.Status.FUNDED;
                p.decidedAt = d.decidedAt();
                p.updatedAt = a.updatedAt;
                return p.<Project>persist().flatMap(saved -> events.funded(saved));
            });
        });
    }

    /** The studio's union files the completion report (结题报告). */
    @WithTransaction
    public Uni<Project> report(Caller caller, UUID id, String report) {
        return locked(caller, id).map(p -> {
            caller.requireMayWrite("projectId", p.regionCode);
            if (p.status != Project.Status.FUNDED && p.status != Project.Status.FAILED) {
                throw Refusal.conflict("completion-not-due", "status", "project " + id + " is " + p.status);
            }
            p.status = Project.Status.REPORTED;
            p.report = report;
            p.reportedAt = OffsetDateTime.now(clock);
            p.updatedAt = p.reportedAt;
            return p;
        });
    }

    /** The city union accepts the completion (lifting the studio's bar) or fails it. */
    @WithTransaction
    public Uni<Project> verdict(Caller caller, UUID id, boolean accepted, String reason) {
        return locked(caller, id).flatMap(p -> FundingCall.<FundingCall>findById(p.callId).flatMap(call -> {
            if (caller.is(Roles.OPERATOR) || !caller.is(Roles.UNION) || !call.issuingRegion.equals(caller.region())) {
                throw new ProblemException(403, "not-city-union", "Forbidden", "only the union of the call's issuing region "
                        + call.issuingRegion + " (" + call.issuingUnion + ") accepts a completion", null);
            }
            if (p.status != Project.Status.REPORTED) {
                throw Refusal.conflict("completion-not-reported", "status", "project " + id + " is " + p.status
                        + "; its union files the completion report first");
            }
            p.status = accepted ? Project.Status.ACCEPTED : Project.Status.FAILED;
            p.verdictReason = reason;
            p.acceptedOn = accepted ? LocalDate.now(clock) : null;
            p.updatedAt = OffsetDateTime.now(clock);
            return events.completed(p).replaceWith(p);
        }));
    }

    @WithSession
    public Uni<Project> get(Caller caller, UUID id) {
        return Project.<Project>findById(id).map(p -> visible(caller, p, id));
    }

    /** Projects of the caller's region; {@code overdue}: past their due date without accepted completion. */
    @WithSession
    public Uni<Page<Project>> list(Caller caller, boolean overdue, PageRequest page) {
        String where = "regionCode like :scope" + (overdue ? " and dueOn < :today and status <> :accepted" : "");
        Parameters p = Parameters.with("scope", caller.isRegionBound() ? RegionScope.likePattern(caller.region()) : "%");
        if (overdue) {
            p = p.and("today", LocalDate.now(clock)).and("accepted", Project.Status.ACCEPTED);
        }
        var query = Project.<Project>find(where, Sort.ascending("dueOn").and("id"), p).page(page.page, page.size);
        return query.list().flatMap(items -> query.count().map(total -> new Page<>(items, page.page, page.size, total)));
    }

    private Uni<Project> locked(Caller caller, UUID id) {
        return Project.<Project>findById(id, LockModeType.PESSIMISTIC_WRITE).map(p -> visible(caller, p, id));
    }

    private static Project visible(Caller caller, Project p, UUID id) {
        if (p == null || !caller.sees(p.regionCode)) {
            throw ProblemException.notFound("project", id);
        }
        return p;
    }
}
