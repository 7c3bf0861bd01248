package org.alliance.matching.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.matching.config.EngineConfig;
import org.alliance.matching.search.Catalog;
import org.alliance.matching.search.MatchEngine;
import org.alliance.matching.search.MatchQuery;
import org.alliance.matching.search.RankedStudio;
import org.alliance.matching.search.StudioIndex;

/**
 * Scores a need and reconciles its matches: new proposals for the best studios (a {@code match.proposed}
 * event each, in the same transaction), fresh scores for proposals still standing, WITHDRAWN for
 * proposals whose studio can no longer be proposed (revoked, out of scope, capability gone).
 * Decided matches are never touched. Every method must run inside a Hibernate Reactive transaction.
 */
@ApplicationScoped
public class Matchmaker {

    public static final String TOPIC = "alliance.matching.match";
    public static final String PROPOSED = "match.proposed.v1";

    private static final String OPEN_MATCHES = """
            SELECT cast(m.studio_id AS text), count(*) FROM match m JOIN need n ON n.id = m.need_id
            WHERE m.studio_id = ANY (cast(cast(?1 AS text) AS uuid[])) AND m.status IN ('PROPOSED', 'ACCEPTED')
              AND n.status = 'OPEN' AND m.need_id <> cast(cast(?2 AS text) AS uuid)
            GROUP BY m.studio_id""";

    @Inject
    Catalog catalog;

    @Inject
    EngineConfig config;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** Re-scores each open need of {@code needIds}, one after the other (one session, no overlap). */
    public Uni<Void> rescore(Collection<UUID> needIds) {
        return Multi.createFrom().iterable(List.copyOf(needIds))
                .onItem().transformToUniAndConcatenate(id -> Need.<Need>findById(id)
                        .chain(need -> need == null ? Uni.createFrom().voidItem() : score(need).replaceWithVoid()))
                .collect().last().replaceWithVoid();
    }

    /** Scores {@code need} now and returns its matches, best first. */
    public Uni<List<Match>> score(Need need) {
        if (need.status != Need.Status.OPEN) {
            return Match.<Match>list("needId", need.id);
        }
        return Match.<Match>list("needId", need.id).chain(existing -> {
            Map<UUID, Match> byStudio = existing.stream().collect(Collectors.toMap(m -> m.studioId, m -> m));
            List<UUID> standing = existing.stream()
                    .filter(m -> m.status == Match.Status.PROPOSED || m.status == Match.Status.WITHDRAWN)
                    .map(m -> m.studioId).toList();
            MatchQuery query = query(need);
            MatchEngine engine = catalog.engine();
            MatchEngine.Candidates candidates = engine.candidates(query, standing);
            return openMatches(candidates.studioIds(), need.id).chain(load -> {
                List<RankedStudio> ranked = engine.rank(query, candidates, id -> load.getOrDefault(id, 0));
                return reconcile(need, byStudio, ranked);
            });
        });
    }

    private Uni<List<Match>> reconcile(Need need, Map<UUID, Match> byStudio, List<RankedStudio> ranked) {
        OffsetDateTime now = OffsetDateTime.now();
        Map<UUID, RankedStudio> rankedById = new LinkedHashMap<>();
        ranked.forEach(r -> rankedById.put(r.studioId(), r));
        List<Uni<Void>> steps = new ArrayList<>();
        for (Match m : byStudio.values()) {
            RankedStudio r = rankedById.get(m.studioId);
            if (m.status == Match.Status.PROPOSED && r == null) {
                m.status = Match.Status.WITHDRAWN;
                m.updatedAt = now;
            } else if (m.status == Match.Status.PROPOSED) {
                refresh(m, r, now);
            } else if (m.status == Match.Status.WITHDRAWN && r != null && r.rank() <= config.proposals()) {
                refresh(m, r, now);
                m.status = Match.Status.PROPOSED;
                steps.add(publish(need, m, r));
            }
        }
        for (RankedStudio r : ranked) {
            if (r.rank() > config.proposals()) {
                break;
            }
            if (!byStudio.containsKey(r.studioId())) {
                Match m = new Match();
                m.id = UUID.randomUUID();
                m.needId = need.id;
                m.studioId = r.studioId();
                m.needRegionCode = need.regionCode;
                m.studioRegionCode = catalog.studio(r.studioId()).doc().regionCode();
                m.industrySection = need.industrySection;
                m.industryDivision = need.industryDivision;
                m.createdAt = now;
                refresh(m, r, now);
                byStudio.put(m.studioId, m);
                steps.add(m.persist().replaceWithVoid().chain(() -> publish(need, m, r)));
            }
        }
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Uni<Void> step : steps) {
            all = all.chain(() -> step);
        }
        return all.chain(() -> Panache.getSession().chain(s -> s.flush()))
                .map(v -> byStudio.values().stream()
                        .sorted((a, b) -> a.score != b.score ? Double.compare(b.score, a.score)
                                : a.studioId.toString().compareTo(b.studioId.toString()))
                        .toList());
    }

    private void refresh(Match m, RankedStudio r, OffsetDateTime now) {
        m.score = r.score();
        m.rank = r.rank();
        m.explanation = write(r.explanation());
        m.updatedAt = now;
    }

    private Uni<Void> publish(Need need, Match m, RankedStudio r) {
        StudioIndex.Entry studio = catalog.studio(m.studioId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("matchId", m.id.toString());
        data.put("needId", need.id.toString());
        data.put("needTitle", need.title);
        data.put("needRegionCode", need.regionCode);
        data.put("studioId", m.studioId.toString());
        data.put("studioName", studio.doc().name());
        data.put("studioRegionCode", studio.doc().regionCode());
        data.put("score", r.score());
        data.put("rank", r.rank());
        data.put("explanation", json.valueToTree(r.explanation()));
        data.put("proposedAt", m.updatedAt.toInstant().toString());
        return outbox.record(new DomainEvent(TOPIC, PROPOSED, m.id.toString(), data));
    }

    private Uni<Map<UUID, Integer>> openMatches(List<UUID> studios, UUID needId) {
        if (studios.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String array = studios.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        return Panache.getSession().chain(s -> s.createNativeQuery(OPEN_MATCHES, Object[].class)
                .setParameter(1, array).setParameter(2, needId.toString()).getResultList())
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

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an explanation", e);
        }
    }
}
