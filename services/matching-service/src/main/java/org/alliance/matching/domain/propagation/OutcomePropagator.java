package org.alliance.matching.domain.propagation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.alliance.matching.domain.alliance.Alliance;
import org.alliance.matching.domain.alliance.AllianceMember;
import org.alliance.matching.domain.Need;
import org.alliance.matching.config.propagation.PropagationConfig;
import org.alliance.matching.messaging.propagation.OutcomeEvents;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.matching.repository.replica.SupplyChain;
import org.alliance.matching.domain.search.Catalog;

/**
 * Delivers a published outcome to the feeds it should reach: every other member of the originating
 * studio's alliances, and studios of enterprises within k supply-chain hops (the originating
 * enterprise included, at 0 hops) whose capabilities or open needs share terms with it. Revoked
 * studios receive nothing. Runs inside the inbox transaction of the consumer, so the outcome, its
 * copies and its {@code outcome.propagated.v1} event commit together, once. A studio that joins one of
 * the originating studio's alliances afterwards is caught up by {@link LateMemberDelivery}.
 */
@ApplicationScoped
public class OutcomePropagator {

    @Inject
    SupplyChain supplyChain;

    /** Only for its text analysis, so outcomes and studios are segmented exactly as the engine does. */
    @Inject
    Catalog catalog;

    @Inject
    PropagationConfig config;

    @Inject
    OutcomeEvents events;

    @Inject
    ObjectMapper json;

    public Uni<Void> propagate(OutcomePublished p) {
        return Outcome.<Outcome>findById(p.outcomeId()).flatMap(known -> {
            if (known != null) {
                // propagated at its first publication; a re-publication under a new event id changes nothing
                return Uni.createFrom().voidItem();
            }
            return Studio.<Studio>findById(p.studioId()).flatMap(origin -> {
                if (origin == null) {
                    // the registry's studio event has not reached the replica yet: fail, so the consumer
                    // retries and finally parks the event on the dead-letter topic for a replay
                    throw new IllegalStateException("outcome " + p.outcomeId() + " comes from studio " + p.studioId()
                            + ", which the replica does not hold yet");
                }
                Outcome outcome = outcome(p);
                return outcome.persist()
                        .chain(() -> recipients(origin, new Relatedness(catalog.text(), p.title(), p.keywords())))
                        .flatMap(recipients -> deliver(outcome, recipients)
                                .chain(() -> events.propagated(outcome, origin, recipients)));
            });
        });
    }

    private Uni<List<Recipient>> recipients(Studio origin, Relatedness relatedness) {
        Map<UUID, List<Route>> routes = new LinkedHashMap<>();
        Map<UUID, Set<String>> terms = new HashMap<>();
        return allianceRoutes(origin.id, routes)
                .chain(() -> chainRoutes(origin, relatedness, routes, terms))
                .chain(() -> routes.isEmpty() ? Uni.createFrom().item(List.<Studio>of())
                        : Studio.<Studio>list("id in ?1 and status <> 'REVOKED'", routes.keySet()))
                .map(studios -> studios.stream()
                        .map(s -> new Recipient(s, routes.get(s.id), terms.getOrDefault(s.id, Set.of())))
                        .sorted(Comparator.comparingInt(Recipient::order).thenComparing(r -> r.studio().id.toString()))
                        .toList());
    }

    /** Every other member of each alliance the origin belongs to, alliances in the order they were formed. */
    private static Uni<Void> allianceRoutes(UUID origin, Map<UUID, List<Route>> routes) {
        return AllianceMember.<AllianceMember>list("studioId", origin).flatMap(memberships -> {
            if (memberships.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            List<UUID> ids = memberships.stream().map(m -> m.allianceId).toList();
            // shared locks: a studio joining one of these alliances (which locks its row) either commits
            // first and is read here as a member, or waits for this propagation to commit and is then
            // caught up with the outcome by LateMemberDelivery; it is never missed by both
            return Alliance.<Alliance>find("id in ?1 order by createdAt, id", ids).withLock(LockModeType.PESSIMISTIC_READ)
                    .list().flatMap(alliances -> AllianceMember.<AllianceMember>list("allianceId in ?1 order by studioId", ids)
                            .map(members -> {
                                for (Alliance a : alliances) {
                                    for (AllianceMember m : members) {
                                        if (m.allianceId.equals(a.id) && !m.studioId.equals(origin)) {
                                            routes.computeIfAbsent(m.studioId, k -> new ArrayList<>())
                                                    .add(Route.alliance(a.id, a.name));
                                        }
                                    }
                                }
                                return null;
                            }));
        });
    }

    /** Studios of enterprises within k hops whose capabilities or open needs relate to the outcome. */
    private Uni<Void> chainRoutes(Studio origin, Relatedness relatedness, Map<UUID, List<Route>> routes,
            Map<UUID, Set<String>> terms) {
        return supplyChain.enterprisesWithinHops(origin.enterpriseId, config.hops()).flatMap(reach -> {
            Map<UUID, Route> byEnterprise = new LinkedHashMap<>();
            byEnterprise.put(origin.enterpriseId, Route.chain(0, List.of(origin.enterpriseId), List.of()));
            reach.forEach(r -> byEnterprise.put(r.enterpriseId(), Route.chain(r.hops(), r.enterprisePath(), r.linkPath())));
            return Studio.<Studio>list("enterpriseId in ?1 and status <> 'REVOKED' and id <> ?2 order by id",
                    byEnterprise.keySet(), origin.id).flatMap(studios -> openNeeds(studios).map(needs -> {
                        for (Studio s : studios) {
                            Set<String> shared = relatedness.sharedWith(text(s, needs));
                            if (shared.size() >= Math.max(1, config.minSharedTerms())) {
                                routes.computeIfAbsent(s.id, k -> new ArrayList<>()).add(byEnterprise.get(s.enterpriseId));
                                terms.put(s.id, shared);
                            }
                        }
                        return null;
                    }));
        });
    }

    /** Open needs posted by these studios, or by their enterprises without naming a studio. */
    private static Uni<List<Need>> openNeeds(List<Studio> studios) {
        if (studios.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Need.list("status = ?1 and (studioId in ?2 or (studioId is null and enterpriseId in ?3))",
                Need.Status.OPEN, studios.stream().map(s -> s.id).toList(),
                studios.stream().map(s -> s.enterpriseId).distinct().toList());
    }

    private static String text(Studio s, List<Need> needs) {
        StringBuilder b = new StringBuilder(s.capabilitySummary == null ? "" : s.capabilitySummary);
        if (s.keywords != null) {
            b.append(' ').append(String.join(" ", s.keywords));
        }
        for (Need n : needs) {
            if (s.id.equals(n.studioId) || (n.studioId == null && s.enterpriseId.equals(n.enterpriseId))) {
                b.append(' ').append(n.title).append(' ').append(n.description);
            }
        }
        return b.toString();
    }

    // one statement for all copies, however many: the recipients travel as one JSON array
    private static final String DELIVER = """
            INSERT INTO outcome_delivery (outcome_id, studio_id, paths, related_terms, delivered_at, position)
            SELECT cast(?1 AS uuid), cast(r.value ->> 'studioId' AS uuid), r.value -> 'paths',
                   ARRAY(SELECT jsonb_array_elements_text(r.value -> 'relatedTerms')), cast(?2 AS timestamptz),
                   cast(r.ordinality AS int)
            FROM jsonb_array_elements(cast(cast(?3 AS text) AS jsonb)) WITH ORDINALITY AS r
            """;

    private record Copy(UUID studioId, List<Route> paths, Set<String> relatedTerms) {
    }

    private Uni<Void> deliver(Outcome outcome, List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String copies = write(recipients.stream().map(r -> new Copy(r.studio().id, r.paths(), new TreeSet<>(r.relatedTerms()))).toList());
        // the outcome row must reach the database before the copies that refer to it
        return Panache.getSession().flatMap(session -> session.flush().chain(() -> session.createNativeQuery(DELIVER)
                .setParameter(1, outcome.id)
                .setParameter(2, outcome.receivedAt)
                .setParameter(3, copies)
                .executeUpdate())).replaceWithVoid();
    }

    private Outcome outcome(OutcomePublished p) {
        Outcome o = new Outcome();
        o.id = p.outcomeId();
        o.studioId = p.studioId();
        o.title = p.title();
        o.summary = p.summary();
        o.kind = p.kind();
        o.keywords = p.keywords().toArray(String[]::new);
        o.industrySection = p.industrySection();
        o.industryDivision = p.industryDivision();
        o.regionCode = p.regionCode();
        o.publishedAt = p.publishedAt();
        o.valueRmb = p.economicValueRmb();
        o.hops = config.hops();
        o.receivedAt = now();
        return o;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
