package org.alliance.review.domain.accreditation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.problem.Problem;
import org.alliance.common.problem.ProblemException;
import org.alliance.common.problem.Refusal;
import org.alliance.common.time.ChinaClockProvider;
import org.alliance.review.domain.replica.Studio;
import org.alliance.review.domain.sevenhaves.ImpartialExperts;
import org.alliance.review.domain.sevenhaves.SevenHaves;
import org.alliance.review.messaging.accreditation.AccreditationEvents;
import org.alliance.review.repository.accreditation.RoundRows;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;
import org.alliance.security.UnionLevel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The yearly accreditation round of new municipal studios (年度市级职工创新工作室认定). A city union opens
 * its region's round for a year; its district / bureau / group unions (or the city union itself) nominate
 * registered studios of the region from the registry replica; experts of the pool score each nominee
 * against the seven haves with the exclusions re-accreditation applies; the city union previews the
 * decision as often as it likes and closes the round once: {@link RoundRanking} accredits the best
 * within the places at or above the pass mark, and every decision goes to the registry as
 * accreditation.decided.v1 in the closing transaction.
 */
@ApplicationScoped
public class AccreditationRoundService {

    /** Beijing accredits at least 80 municipal (demonstration) studios a year since 2017 (docs/domain.md). */
    public static final int MIN_PLACES = 80;
    /** Tiers a studio already accredited at is not nominated for: municipal or above. */
    static final Set<String> MUNICIPAL_OR_ABOVE = Set.of("MUNICIPAL", "PROVINCIAL_DEMONSTRATION", "NATIONAL_DEMONSTRATION");

    private final Clock clock = Clock.system(ChinaClockProvider.CHINA);

    @ConfigProperty(name = "alliance.review.accreditation.min-experts", defaultValue = "3")
    int minExperts;

    @Inject
    RoundRows rows;

    @Inject
    AccreditationEvents events;

    /** A candidate's line in a round's decision, previewed or final. */
    public record Line(AccreditationCase nominee, AccreditationCase.Decision decision, RoundReason reasonCode, String reason,
            BigDecimal averageScore, int expertsScored, Integer rank) {
    }

    /** A round's decision: computed now (a preview) or as kept when the round closed. */
    public record Outcome(AccreditationRound round, boolean decided, List<Line> lines) {

        public long accredited() {
            return lines.stream().filter(l -> l.reasonCode() == RoundReason.ACCREDITED).count();
        }
    }

    /** A nominee with the scores the caller may read. */
    public record Nominee(AccreditationCase nominee, int expertsScored, List<AccreditationScore> scores) {
    }

    @WithTransaction
    public Uni<AccreditationRound> open(Caller caller, int year, int places, int passScore) {
        requireCityUnion(caller);
        String region = caller.region();
        return rows.lockRegionYear(region, year)
                .chain(() -> AccreditationRound.count("regionCode = ?1 and year = ?2", region, year))
                .chain(existing -> {
                    if (existing > 0) {
                        throw Refusal.conflict("round-exists", "year", "region " + region + " already has its accreditation round of " + year);
                    }
                    AccreditationRound r = new AccreditationRound();
                    r.id = UUID.randomUUID();
                    r.regionCode = region;
                    r.year = year;
                    r.places = places;
                    r.passScore = passScore;
                    r.status = AccreditationRound.Status.OPEN;
                    r.openedBy = caller.name();
                    r.openedAt = OffsetDateTime.now(clock);
                    return r.<AccreditationRound>persist();
                });
    }

    @WithSession
    public Uni<Page<AccreditationRound>> list(Caller caller, Integer year, PageRequest page) {
        String where = "1 = 1";
        Parameters p = new Parameters();
        if (caller.isRegionBound()) {
            // a union sees its own region's round and the round of the region it lies in
            String region = caller.region();
            where += " and (regionCode like :scope or regionCode in :covering)";
            p = p.and("scope", RegionScope.likePattern(region))
                    .and("covering", List.of(region.substring(0, 2) + "0000", region.substring(0, 4) + "00", region));
        }
        if (year != null) {
            where += " and year = :year";
            p = p.and("year", year);
        }
        var query = AccreditationRound.<AccreditationRound>find(where, Sort.descending("year").and("regionCode"), p)
                .page(page.page, page.size);
        return query.list().flatMap(items -> query.count().map(total -> new Page<>(items, page.page, page.size, total)));
    }

    @WithSession
    public Uni<AccreditationRound> get(Caller caller, UUID roundId) {
        return round(caller, roundId, null);
    }

    /** A district / bureau / group union, or the city union, nominates a studio of its region. */
    @WithTransaction
    public Uni<AccreditationCase> nominate(Caller caller, UUID roundId, UUID studioId, String note) {
        UnionLevel level = caller.requireLevel();
        if (level == UnionLevel.UNIT) {
            throw new ProblemException(403, "level-forbidden", "Forbidden",
                    "level: a studio is nominated by its district / bureau / group union or the city union, not a unit union",
                    List.of(new Problem.FieldError("level", "not DISTRICT or CITY")));
        }
        return round(caller, roundId, LockModeType.PESSIMISTIC_WRITE).chain(round -> {
            requireOpen(round);
            return Studio.<Studio>findById(studioId).chain(studio -> {
                if (studio == null || !caller.sees(studio.regionCode)) {
                    throw Refusal.rule("studio-unknown", "studioId", "no studio " + studioId + " in region " + caller.region());
                }
                if (!RegionScope.covers(round.regionCode, studio.regionCode)) {
                    throw Refusal.rule("studio-outside-round", "studioId", "studio " + studioId + " lies in region "
                            + studio.regionCode + ", outside the round's region " + round.regionCode);
                }
                if ("REVOKED".equals(studio.status)) {
                    throw Refusal.rule("studio-revoked", "studioId", "studio " + studioId + " was revoked: it is not nominated");
                }
                if ("ACCREDITED".equals(studio.status) && MUNICIPAL_OR_ABOVE.contains(studio.tier)) {
                    throw Refusal.rule("studio-already-accredited", "studioId", "studio " + studioId + " is already accredited at "
                            + studio.tier);
                }
                return AccreditationCase.count("roundId = ?1 and studioId = ?2", roundId, studioId).chain(n -> {
                    if (n > 0) {
                        throw Refusal.conflict("studio-already-nominated", "studioId", "studio " + studioId
                                + " is already nominated to this round");
                    }
                    AccreditationCase c = new AccreditationCase();
                    c.id = UUID.randomUUID();
                    c.roundId = roundId;
                    c.studioId = studioId;
                    c.studioName = studio.name;
                    c.enterpriseId = studio.enterpriseId;
                    c.regionCode = studio.regionCode;
                    c.tier = studio.tier;
                    c.studioStatus = studio.status;
                    c.nominatedBy = caller.name();
                    c.nominatingRegion = caller.region();
                    c.nominatingLevel = level.name();
                    c.note = note;
                    c.nominatedAt = OffsetDateTime.now(clock);
                    return c.<AccreditationCase>persist();
                });
            });
        });
    }

    /** The round's nominees the caller may see (a union: those of its region), in nomination order. */
    @WithSession
    public Uni<Page<Nominee>> nominees(Caller caller, UUID roundId, PageRequest page) {
        return round(caller, roundId, null).chain(round -> {
            String scope = caller.isRegionBound() ? RegionScope.likePattern(caller.region()) : "%";
            var query = AccreditationCase.<AccreditationCase>find("roundId = ?1 and regionCode like ?2",
                    Sort.by("nominatedAt").and("id"), roundId, scope).page(page.page, page.size);
            return query.list().chain(items -> rows.expertsScored(items.stream().map(c -> c.id).toList())
                    .chain(counts -> query.count().map(total -> new Page<>(items.stream()
                            .map(c -> new Nominee(c, counts.getOrDefault(c.id, 0), null)).toList(), page.page, page.size, total))));
        });
    }

    /** One nominee; the review office reads every expert's scores, an expert their own, others none. */
    @WithSession
    public Uni<Nominee> nominee(Caller caller, UUID roundId, UUID caseId) {
        return round(caller, roundId, null).chain(round -> nomineeOf(caller, round, caseId, null)
                .chain(c -> AccreditationScore.<AccreditationScore>list("caseId", Sort.by("scoredAt").and("expertId"), caseId)
                        .map(scores -> new Nominee(c, scores.size(), scores.stream()
                                .filter(s -> isOffice(caller, round) || caller.expertId().map(s.expertId::equals).orElse(false))
                                .toList()))));
    }

    /** The token's expert scores the nominee once, against the seven haves. */
    @WithTransaction
    public Uni<AccreditationScore> score(Caller caller, UUID roundId, UUID caseId, SevenHaves items, String comment) {
        UUID expertId = caller.requireExpertId();
        // the round's row shared: a closing (which locks it for update) waits for the score, or the score sees it closed
        return round(caller, roundId, LockModeType.PESSIMISTIC_READ).chain(round -> {
            requireOpen(round);
            return nomineeOf(caller, round, caseId, LockModeType.PESSIMISTIC_WRITE)
                    .chain(c -> ImpartialExperts.require(expertId, c.enterpriseId, c.studioId))
                    .chain(expert -> AccreditationScore.count("caseId = ?1 and expertId = ?2", caseId, expertId))
                    .chain(n -> {
                        ImpartialExperts.once(n);
                        AccreditationScore s = new AccreditationScore();
                        s.caseId = caseId;
                        return s.fill(expertId, items, comment, OffsetDateTime.now(clock)).<AccreditationScore>persist();
                    });
        });
    }

    /** What closing the round now would decide; keeps and publishes nothing. */
    @WithSession
    public Uni<Outcome> preview(Caller caller, UUID roundId) {
        return round(caller, roundId, null).chain(round -> {
            requireOffice(caller, round, false);
            return rank(round).map(lines -> new Outcome(round, false, lines));
        });
    }

    /** The city union closes the round: the decision is kept and every candidate's published, once. */
    @WithTransaction
    public Uni<Outcome> close(Caller caller, UUID roundId) {
        return round(caller, roundId, LockModeType.PESSIMISTIC_WRITE).chain(round -> {
            requireOffice(caller, round, true);
            if (round.status != AccreditationRound.Status.OPEN) {
                throw Refusal.conflict("round-decided", "roundId", "the round was closed on " + round.decidedOn + ": its decision is final");
            }
            return rank(round).chain(lines -> {
                round.status = AccreditationRound.Status.DECIDED;
                round.decidedBy = caller.region();
                round.closedBy = caller.name();
                round.decidedAt = OffsetDateTime.now(clock);
                round.decidedOn = round.decidedAt.toLocalDate();
                for (Line l : lines) {
                    AccreditationCase c = l.nominee();
                    c.decision = l.decision();
                    c.reasonCode = l.reasonCode();
                    c.reason = l.reason();
                    c.averageScore = l.averageScore();
                    c.expertsScored = l.expertsScored();
                    c.rank = l.rank();
                }
                Outcome outcome = new Outcome(round, true, lines);
                round.accredited = (int) outcome.accredited();
                return Panache.getSession().chain(s -> s.flush())
                        .chain(() -> events.decided(round, lines.stream().map(Line::nominee).toList()))
                        .replaceWith(outcome);
            });
        });
    }

    /** The final decision as kept; 404 while the round is open. */
    @WithSession
    public Uni<Outcome> decided(Caller caller, UUID roundId) {
        return round(caller, roundId, null).chain(round -> {
            requireOffice(caller, round, false);
            if (round.status != AccreditationRound.Status.DECIDED) {
                throw ProblemException.notFound("decision of accreditation round", roundId);
            }
            return AccreditationCase.<AccreditationCase>list("roundId", roundId).map(cases -> new Outcome(round, true, cases.stream()
                    .sorted(Comparator.comparing((AccreditationCase c) -> c.rank == null ? Integer.MAX_VALUE : c.rank)
                            .thenComparing(c -> c.nominatedAt).thenComparing(c -> c.studioId.toString()))
                    .map(c -> new Line(c, c.decision, c.reasonCode, c.reason, c.averageScore,
                            c.expertsScored == null ? 0 : c.expertsScored, c.rank))
                    .toList()));
        });
    }

    /** Every nominee of the round with its experts' scores, decided by {@link RoundRanking}. */
    private Uni<List<Line>> rank(AccreditationRound round) {
        return AccreditationCase.<AccreditationCase>list("roundId", round.id).chain(cases -> (cases.isEmpty()
                ? Uni.createFrom().item(List.<AccreditationScore>of())
                : AccreditationScore.<AccreditationScore>list("caseId in ?1", cases.stream().map(c -> c.id).toList()))
                .map(scores -> {
                    Map<UUID, List<SevenHaves>> byCase = scores.stream().collect(Collectors.groupingBy(s -> s.caseId,
                            Collectors.mapping(AccreditationScore::items, Collectors.toList())));
                    Map<UUID, AccreditationCase> byId = cases.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
                    List<RoundRanking.Candidate> candidates = cases.stream().map(c -> new RoundRanking.Candidate(c.id, c.studioId,
                            c.nominatedAt, byCase.getOrDefault(c.id, List.of()))).toList();
                    return RoundRanking.rank(candidates, round.places, round.passScore, minExperts).stream()
                            .map(r -> new Line(byId.get(r.caseId()), r.accredited() ? AccreditationCase.Decision.ACCREDITED
                                    : AccreditationCase.Decision.NOT_ACCREDITED, r.reason(), r.text(), r.averageScore(),
                                    r.expertsScored(), r.rank()))
                            .toList();
                }));
    }

    /** The round if the caller may see it: a union its own region's round or that of the region it lies in; 404 otherwise. */
    private static Uni<AccreditationRound> round(Caller caller, UUID roundId, LockModeType lock) {
        Uni<AccreditationRound> found = lock == null ? AccreditationRound.findById(roundId) : AccreditationRound.findById(roundId, lock);
        return found.map(r -> {
            if (r == null || caller.isRegionBound() && !RegionScope.covers(r.regionCode, caller.region())
                    && !RegionScope.covers(caller.region(), r.regionCode)) {
                throw ProblemException.notFound("accreditation round", roundId);
            }
            return r;
        });
    }

    private static Uni<AccreditationCase> nomineeOf(Caller caller, AccreditationRound round, UUID caseId, LockModeType lock) {
        Uni<AccreditationCase> found = lock == null ? AccreditationCase.findById(caseId) : AccreditationCase.findById(caseId, lock);
        return found.map(c -> {
            if (c == null || !c.roundId.equals(round.id) || !caller.sees(c.regionCode)) {
                throw ProblemException.notFound("nomination", caseId);
            }
            return c;
        });
    }

    private static void requireOpen(AccreditationRound round) {
        if (round.status != AccreditationRound.Status.OPEN) {
            throw Refusal.conflict("round-decided", "roundId", "the round was closed on " + round.decidedOn + ": its decision is final");
        }
    }

    /** A union token of level CITY: the union that opens its region's round. */
    private static void requireCityUnion(Caller caller) {
        UnionLevel level = caller.requireLevel();
        if (level != UnionLevel.CITY) {
            throw levelForbidden("the city union opens and closes its region's accreditation round, not a " + level + " union");
        }
    }

    /** The round's own city union; coordinators and operators read its decision but do not close it. */
    private static void requireOffice(Caller caller, AccreditationRound round, boolean close) {
        if (!caller.isRegionBound()) {
            if (close) {
                throw new ProblemException(403, "not-city-union", "Forbidden",
                        "the round is closed by the city union of region " + round.regionCode, null);
            }
            return;
        }
        requireCityUnion(caller);
        if (!caller.region().equals(round.regionCode)) {
            throw new ProblemException(403, "not-city-union", "Forbidden",
                    "region: the round of " + round.regionCode + " is decided by that region's city union",
                    List.of(new Problem.FieldError("region", "not the round's region")));
        }
    }

    private static boolean isOffice(Caller caller, AccreditationRound round) {
        return !caller.isRegionBound() || caller.level().orElse(null) == UnionLevel.CITY && caller.region().equals(round.regionCode);
    }

    private static RuntimeException levelForbidden(String detail) {
        return new ProblemException(403, "level-forbidden", "Forbidden", "level: " + detail,
                List.of(new Problem.FieldError("level", "not CITY")));
    }
}
