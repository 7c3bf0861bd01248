package org.alliance.matching.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.events.matching.MatchProposed;
import org.alliance.matching.config.EngineConfig;
import org.alliance.matching.domain.search.Catalog;
import org.alliance.matching.domain.search.Explanation;
import org.alliance.matching.domain.search.MatchEngine;
import org.alliance.matching.domain.search.MatchQuery;
import org.alliance.matching.domain.search.RankedStudio;
import org.alliance.matching.domain.search.StudioIndex;

/**
 * Scores a need and reconciles its matches: new proposals for the best studios (a {@code match.proposed}
 * event each, in the same transaction), fresh scores for proposals still standing, WITHDRAWN for
 * proposals whose studio can no longer be proposed (revoked, out of scope, capability gone).
 * Decided matches are never touched, not even one decided while the need was being scored: every
 * write is conditional on the status the scoring read ({@link MatchWrites}). Every method must run
 * inside a Hibernate Reactive transaction.
 */
@ApplicationScoped
public class Matchmaker {


    private static final String OPEN_MATCHES = """
            SELECT cast(m.studio_id AS text), count(*) FROM match m JOIN need n ON n.id = m.need_id
            WHERE m.studio_id = ANY (cast(cast($1 AS text) AS uuid[])) AND m.status IN ('PROPOSED', 'ACCEPTED')
              AND n.status = 'OPEN' AND m.need_id <> cast(cast($2 AS text) AS uuid)
            GROUP BY m.studio_id""";

    @Inject
    Catalog catalog;

    @Inject
    EngineConfig config;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** A match as the scoring reads it: read as values, so nothing the scoring holds is flushed behind its back. */
    private record Standing(UUID id, UUID studioId, Match.Status status) {
    }

    /** Re-scores each open need of {@code needIds}, one after the other (one session, no overlap). */
    public Uni<Void> rescore(Collection<UUID> needIds) {
        return Multi.createFrom().iterable(List.copyOf(needIds))
                .onItem().transformToUniAndConcatenate(id -> Need.<Need>findById(id)
                        .chain(need -> need == null ? Uni.createFrom().voidItem() : score(need)))
                .collect().last().replaceWithVoid();
    }

    /** Scores {@code need} now and writes the outcome to its matches. */
    public Uni<Void> score(Need need) {
        return assess(need).chain(this::apply);
    }

    /** Reads the need's matches and ranks the studios: what scoring the need now would change. Writes nothing. */
    public Uni<Scoring> assess(Need need) {
        if (need.status != Need.Status.OPEN) {
            return Uni.createFrom().item(new Scoring(need, List.of()));
        }
        return standing(need.id).chain(existing -> {
            List<UUID> standing = existing.stream()
                    .filter(m -> m.status() == Match.Status.PROPOSED || m.status() == Match.Status.WITHDRAWN)
                    .map(Standing::studioId).toList();
            MatchQuery query = query(need);
            MatchEngine engine = catalog.engine();
            MatchEngine.Candidates candidates = engine.candidates(query, standing);
            return openMatches(candidates.studioIds(), need.id).map(load -> new Scoring(need,
                    changes(existing, engine.rank(query, candidates, id -> load.getOrDefault(id, 0)))));
        });
    }

    private List<Scoring.Change> changes(List<Standing> existing, List<RankedStudio> ranked) {
        Map<UUID, RankedStudio> rankedById = new LinkedHashMap<>();
        ranked.forEach(r -> rankedById.put(r.studioId(), r));
        List<Scoring.Change> changes = new ArrayList<>();
        Set<UUID> paired = new HashSet<>();
        for (Standing m : existing) {
            paired.add(m.studioId());
            RankedStudio r = rankedById.get(m.studioId());
            if (m.status() == Match.Status.PROPOSED) {
                changes.add(r == null ? new Scoring.Withdraw(m.id()) : new Scoring.Refresh(m.id(), r));
            } else if (m.status() == Match.Status.WITHDRAWN && r != null && r.rank() <= config.proposals()) {
                changes.add(new Scoring.Repropose(m.id(), r));
            }
        }
        for (RankedStudio r : ranked) {
            if (r.rank() > config.proposals()) {
                break;
            }
            if (!paired.contains(r.studioId())) {
                changes.add(new Scoring.Propose(r.studioId(), r));
            }
        }
        return changes;
    }

    /**
     * Writes {@code scoring}'s changes, each only where the match still has the status the scoring read,
     * and publishes {@code match.proposed} for each proposal actually written.
     */
    public Uni<Void> apply(Scoring scoring) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // the need's own row (just posted) must reach the database before matches that refer to it
        Uni<Void> chain = Panache.getSession().chain(s -> s.flush());
        for (Scoring.Change change : scoring.changes()) {
            chain = chain.chain(() -> write(scoring.need(), change, now));
        }
        return chain;
    }

    private Uni<Void> write(Need need, Scoring.Change change, OffsetDateTime now) {
        if (change instanceof Scoring.Refresh c) {
            RankedStudio r = c.ranked();
            return MatchWrites.refresh(c.matchId(), r.score(), r.rank(), asJson(r.explanation()), now).replaceWithVoid();
        }
        if (change instanceof Scoring.Withdraw c) {
            return MatchWrites.withdraw(c.matchId(), now).replaceWithVoid();
        }
        if (change instanceof Scoring.Repropose c) {
            RankedStudio r = c.ranked();
            return MatchWrites.repropose(c.matchId(), r.score(), r.rank(), asJson(r.explanation()), now)
                    .chain(rows -> rows == 1 ? publish(need, c.matchId(), r, now) : Uni.createFrom().voidItem());
        }
        Scoring.Propose c = (Scoring.Propose) change;
        RankedStudio r = c.ranked();
        UUID matchId = UUID.randomUUID();
        String studioRegion = catalog.studio(r.studioId()).doc().regionCode();
        return MatchWrites.propose(matchId, need, r.studioId(), studioRegion, r.score(), r.rank(), asJson(r.explanation()), now)
                .chain(rows -> rows == 1 ? publish(need, matchId, r, now) : Uni.createFrom().voidItem());
    }

    private Uni<Void> publish(Need need, UUID matchId, RankedStudio r, OffsetDateTime proposedAt) {
        StudioIndex.Entry studio = catalog.studio(r.studioId());
        return outbox.record(new MatchProposed(matchId, need.id, need.title, need.regionCode, r.studioId(),
                studio.doc().name(), studio.doc().regionCode(), r.score(), r.rank(), explanation(r.explanation()),
                proposedAt.toInstant()));
    }

    private static Uni<List<Standing>> standing(UUID needId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select id, studioId, status from Match where needId = :need order by id", Object[].class)
                .setParameter("need", needId).getResultList())
                .map(rows -> rows.stream().map(r -> new Standing((UUID) r[0], (UUID) r[1], (Match.Status) r[2])).toList());
    }

    private Uni<Map<UUID, Integer>> openMatches(List<UUID> studios, UUID needId) {
        if (studios.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String array = studios.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        return SessionSql.rowsAfterFlush(OPEN_MATCHES, array, needId.toString())
                .map(rows -> {
                    Map<UUID, Integer> load = new HashMap<>();
                    rows.forEach(r -> load.put(UUID.fromString((String) r[0]), ((Number) r[1]).intValue()));
                    return load;
                });
    }

    MatchQuery query(Need need) {
        return new MatchQuery(need.title, need.description, need.industrySection, need.industryDivision, need.regionCode,
                need.enterpriseId, need.studioId, need.regionScope.name(),
                need.scopeRegions == null ? List.of() : Arrays.asList(need.scopeRegions), Integer.MAX_VALUE);
    }

    private static MatchProposed.Explanation explanation(Explanation e) {
        return new MatchProposed.Explanation(e.score(), e.bm25(), e.matchedTerms(),
                e.features().stream().map(f -> new MatchProposed.Feature(f.name(), f.value(), f.weight(), f.contribution()))
                        .toList(),
                e.supplyChainHops(),
                e.supplyChainPath().stream().map(p -> new MatchProposed.Step(p.from(), p.fromName(), p.to(), p.toName(),
                        p.direction(), p.product(), p.linkId())).toList());
    }

    private String asJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an explanation", e);
        }
    }
}
