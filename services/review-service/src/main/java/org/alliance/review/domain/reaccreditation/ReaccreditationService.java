package org.alliance.review.domain.reaccreditation;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.common.time.ChinaClockProvider;
import org.alliance.review.domain.replica.Studio;
import org.alliance.review.domain.sevenhaves.ImpartialExperts;
import org.alliance.review.domain.sevenhaves.SevenHaves;
import org.alliance.review.messaging.reaccreditation.ReaccreditationEvents;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;
import org.alliance.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-accreditation (复评). A union (or an operator) opens the cases of the accredited studios of its
 * region whose re-review falls due in a period, from the registry replica; experts of the pool score
 * each case once against the seven haves (an expert employed by the studio's enterprise, or who
 * declared a conflict with the studio, may not); the union covering the studio decides once enough
 * experts scored, and the decision goes to the registry as reaccreditation.decided.v1.
 */
@ApplicationScoped
public class ReaccreditationService {

    private final Clock clock = Clock.system(ChinaClockProvider.CHINA);

    @ConfigProperty(name = "alliance.review.reaccreditation.min-experts", defaultValue = "3")
    int minExperts;

    @ConfigProperty(name = "alliance.review.reaccreditation.pass-score", defaultValue = "60")
    int passScore;

    @Inject
    ReaccreditationEvents events;

    /** Opens a case for every due studio of the caller's region that has none for its due date; answers those opened. */
    @WithTransaction
    public Uni<List<ReaccreditationCase>> open(Caller caller, LocalDate dueFrom, LocalDate dueTo) {
        if (dueTo.isBefore(dueFrom)) {
            throw ProblemException.invalid("dueTo", "must not be before dueFrom");
        }
        String scope = caller.isRegionBound() ? RegionScope.likePattern(caller.region()) : "%";
        return Studio.<Studio>find("from Studio s where s.status = 'ACCREDITED' and s.reReviewDue between :from and :to"
                + " and s.regionCode like :scope and not exists (select 1 from ReaccreditationCase c"
                + " where c.studioId = s.id and c.reReviewDue = s.reReviewDue) order by s.reReviewDue, s.id",
                Parameters.with("from", dueFrom).and("to", dueTo).and("scope", scope))
                .list().flatMap(due -> {
                    List<ReaccreditationCase> opened = new ArrayList<>();
                    for (Studio s : due) {
                        ReaccreditationCase c = new ReaccreditationCase();
                        c.id = UUID.randomUUID();
                        c.studioId = s.id;
                        c.studioName = s.name;
                        c.enterpriseId = s.enterpriseId;
                        c.regionCode = s.regionCode;
                        c.tier = s.tier;
                        c.accreditedOn = s.accreditedOn;
                        c.reReviewDue = s.reReviewDue;
                        c.status = ReaccreditationCase.Status.OPEN;
                        c.openedBy = caller.name();
                        c.openedAt = OffsetDateTime.now(clock);
                        opened.add(c);
                    }
                    return opened.isEmpty() ? Uni.createFrom().item(opened)
                            : ReaccreditationCase.persist(opened).replaceWith(opened);
                });
    }

    @WithSession
    public Uni<Page<ReaccreditationCase>> list(Caller caller, ReaccreditationCase.Status status, PageRequest page) {
        String where = "regionCode like :scope" + (status == null ? "" : " and status = :status");
        Parameters p = Parameters.with("scope", caller.isRegionBound() ? RegionScope.likePattern(caller.region()) : "%");
        if (status != null) {
            p = p.and("status", status);
        }
        var query = ReaccreditationCase.<ReaccreditationCase>find(where, Sort.by("reReviewDue").and("id"), p).page(page.page, page.size);
        return query.list().flatMap(items -> query.count().map(total -> new Page<>(items, page.page, page.size, total)));
    }

    @WithSession
    public Uni<ReaccreditationCase> get(Caller caller, UUID id) {
        return ReaccreditationCase.<ReaccreditationCase>findById(id).map(c -> visible(caller, c, id));
    }

    @WithSession
    public Uni<List<ReaccreditationScore>> scores(UUID caseId) {
        return ReaccreditationScore.<ReaccreditationScore>list("caseId", Sort.by("scoredAt").and("expertId"), caseId);
    }

    /** The caller's expert scores the case once. */
    @WithTransaction
    public Uni<ReaccreditationScore> score(Caller caller, UUID caseId, SevenHaves items, String comment) {
        UUID expertId = caller.requireExpertId();
        return ReaccreditationCase.<ReaccreditationCase>findById(caseId, LockModeType.PESSIMISTIC_WRITE).flatMap(found -> {
            ReaccreditationCase c = visible(caller, found, caseId);
            if (c.status != ReaccreditationCase.Status.OPEN) {
                throw refusal(409, "reaccreditation-decided", "status", "the case was decided " + c.decision + " on " + c.decidedOn);
            }
            return ImpartialExperts.require(expertId, c.enterpriseId, c.studioId)
                    .flatMap(expert -> ReaccreditationScore.count("caseId = ?1 and expertId = ?2", caseId, expertId))
                    .flatMap(n -> {
                        ImpartialExperts.once(n);
                        ReaccreditationScore s = new ReaccreditationScore();
                        s.caseId = caseId;
                        return s.fill(expertId, items, comment, OffsetDateTime.now(clock)).<ReaccreditationScore>persist();
                    });
        });
    }

    /** The union covering the studio decides, once at least the configured number of experts scored. */
    @WithTransaction
    public Uni<ReaccreditationCase> decide(Caller caller, UUID caseId, String note) {
        return ReaccreditationCase.<ReaccreditationCase>findById(caseId, LockModeType.PESSIMISTIC_WRITE).flatMap(found -> {
            ReaccreditationCase c = visible(caller, found, caseId);
            if (!caller.is(Roles.UNION)) {
                throw new ProblemException(403, "forbidden", "Forbidden", "only the union covering the studio decides its re-review", List.of());
            }
            if (c.status != ReaccreditationCase.Status.OPEN) {
                throw refusal(409, "reaccreditation-decided", "status", "the case was decided " + c.decision + " on " + c.decidedOn);
            }
            return scores(caseId).flatMap(scores -> {
                if (scores.size() < minExperts) {
                    throw refusal(422, "reaccreditation-experts", "scores", scores.size() + " experts scored the case; "
                            + minExperts + " must before it is decided");
                }
                Verdict v = Verdict.of(scores.stream().map(ReaccreditationScore::items).toList(), passScore, note);
                c.status = ReaccreditationCase.Status.DECIDED;
                c.decision = v.decision();
                c.reasons = v.reasons();
                c.failedItems = v.failedItems();
                c.averageScore = v.averageScore();
                c.decidedBy = caller.region();
                c.decidedAt = OffsetDateTime.now(clock);
                c.decidedOn = c.decidedAt.toLocalDate();
                return Panache.getSession().flatMap(s -> s.flush()).flatMap(x -> events.decided(c)).replaceWith(c);
            });
        });
    }

    static ReaccreditationCase visible(Caller caller, ReaccreditationCase c, UUID id) {
        if (c == null || !caller.sees(c.regionCode)) {
            throw ProblemException.notFound("reaccreditation", id);
        }
        return c;
    }

    private static ProblemException refusal(int status, String rule, String field, String detail) {
        return new ProblemException(status, rule, status == 403 ? "Forbidden" : status == 409 ? "Conflict" : "Refused by a rule",
                detail, List.of(new Problem.FieldError(field, detail)));
    }
}
