package org.alliance.application.domain.outcome;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.common.problem.Refusal;
import org.alliance.application.domain.application.Application;
import org.alliance.application.domain.call.FundingCall;
import org.alliance.application.domain.project.Project;
import org.alliance.application.messaging.outcome.OutcomeEvents;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.ProblemException;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;

/**
 * Files outcomes and publishes them to the alliance in the same transaction (outcome.published.v1).
 * An outcome comes from a funded project of the caller's region, or is the patent of a funded patent
 * boost application that named a studio, published once as that studio's PATENT outcome.
 */
@ApplicationScoped
public class OutcomeService {

    @Inject
    Clock clock;

    @Inject
    OutcomeEvents events;

    @WithTransaction
    public Uni<Outcome> file(Caller caller, OutcomeFiling f) {
        if ((f.projectId() == null) == (f.patentApplicationId() == null)) {
            throw ProblemException.invalid(f.projectId() == null ? "projectId" : "patentApplicationId",
                    "name either the project or the boosted patent application");
        }
        Uni<Outcome> source = f.projectId() != null ? fromProject(caller, f) : fromPatent(caller, f);
        return source.flatMap(o -> {
            o.id = UUID.randomUUID();
            o.kind = f.kind();
            o.title = f.title();
            o.summary = f.summary();
            o.keywords = List.copyOf(f.keywords());
            o.industrySection = f.industrySection();
            o.industryDivision = f.industryDivision();
            o.economicValueRmb = f.economicValueRmb();
            o.filedBy = caller.name();
            o.publishedAt = OffsetDateTime.now(clock);
            return o.<Outcome>persistAndFlush()
                    .onFailure(OutcomeService::patentAlreadyOut).transform(e -> Refusal.conflict("patent-published-once",
                            "patentApplicationId", "this patent is already published as an outcome"))
                    .flatMap(saved -> events.published(saved).replaceWith(saved));
        });
    }

    private Uni<Outcome> fromProject(Caller caller, OutcomeFiling f) {
        return Project.<Project>findById(f.projectId()).map(p -> {
            if (p == null || !caller.sees(p.regionCode)) {
                throw Refusal.rule("outcome-project-unknown", "projectId", "no funded project " + f.projectId() + " in the caller's region");
            }
            caller.requireMayWrite("projectId", p.regionCode);
            Outcome o = new Outcome();
            o.projectId = p.id;
            o.studioId = p.studioId;
            o.regionCode = p.regionCode;
            return o;
        });
    }

    private Uni<Outcome> fromPatent(Caller caller, OutcomeFiling f) {
        if (!"PATENT".equals(f.kind())) {
            throw Refusal.rule("patent-outcome-kind", "kind", "a boosted patent is published as a PATENT outcome");
        }
        return Application.<Application>findById(f.patentApplicationId()).map(a -> {
            if (a == null || !caller.sees(a.regionCode) || a.kind != FundingCall.Kind.PATENT_BOOST) {
                throw Refusal.rule("outcome-patent-unknown", "patentApplicationId", "no patent boost application "
                        + f.patentApplicationId() + " in the caller's region");
            }
            caller.requireMayWrite("patentApplicationId", a.regionCode);
            if (a.status != Application.Status.FUNDED) {
                throw Refusal.rule("patent-not-boosted", "patentApplicationId", "the patent boost application is " + a.status
                        + "; only a boosted patent is published as an outcome");
            }
            if (a.studioId == null) {
                throw Refusal.rule("patent-without-studio", "patentApplicationId", "the application named no studio whose outcome it could be");
            }
            Outcome o = new Outcome();
            o.patentApplicationId = a.id;
            o.studioId = a.studioId;
            o.regionCode = a.regionCode;
            return o;
        });
    }

    private static boolean patentAlreadyOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())
                    || t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())
                    || t instanceof org.hibernate.exception.ConstraintViolationException c && "23505".equals(c.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @WithSession
    public Uni<Outcome> get(Caller caller, UUID id) {
        return Outcome.<Outcome>findById(id).map(o -> {
            if (o == null || !caller.sees(o.regionCode)) {
                throw ProblemException.notFound("outcome", id);
            }
            return o;
        });
    }

    @WithSession
    public Uni<Page<Outcome>> list(Caller caller, PageRequest page) {
        var query = Outcome.<Outcome>find("regionCode like :scope", Sort.descending("publishedAt").and("id"),
                Parameters.with("scope", caller.isRegionBound() ? RegionScope.likePattern(caller.region()) : "%")).page(page.page, page.size);
        return query.list().flatMap(items -> query.count().map(total -> new Page<>(items, page.page, page.size, total)));
    }
}
