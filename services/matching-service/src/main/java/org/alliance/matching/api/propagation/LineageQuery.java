package org.alliance.matching.api.propagation;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.matching.api.MatchViews.StudioCard;
import org.alliance.matching.api.decision.MatchConsoleViews;
import org.alliance.matching.api.propagation.OutcomeViews.AdoptionView;
import org.alliance.matching.api.propagation.OutcomeViews.Lineage;
import org.alliance.matching.api.propagation.OutcomeViews.RecipientView;
import org.alliance.matching.domain.propagation.Outcome;
import org.alliance.matching.domain.propagation.OutcomeAdoption;
import org.alliance.matching.domain.propagation.OutcomeDelivery;
import org.alliance.matching.domain.propagation.Route;
import org.alliance.matching.domain.replica.Studio;

/**
 * Where an outcome spread, who adopted it, and the value it created. Recipients and adoptions come a
 * page at a time (the same {@code page} and {@code size} for both): recipients in propagation order
 * (alliance members first, then by supply-chain distance), adoptions in the order they were reported.
 * An adoption needs a copy, so there are never more adoptions than recipients and the recipients'
 * pages cover the adoptions' too. The totals are counted and summed in SQL over the whole outcome.
 * One adoption is shown with the routes by which the outcome reached its studio.
 */
@ApplicationScoped
public class LineageQuery {

    private static final String TOTALS = """
            SELECT count(*), count(DISTINCT s.region_code),
                   (SELECT count(*) FROM outcome_adoption a WHERE a.outcome_id = $1),
                   (SELECT coalesce(sum(a.value_rmb), 0) FROM outcome_adoption a WHERE a.outcome_id = $1)
            FROM outcome_delivery d LEFT JOIN studio s ON s.id = d.studio_id WHERE d.outcome_id = $1""";

    @Inject
    PathViews pathViews;

    private record Sums(long recipients, long regions, long adoptions, BigDecimal adoptedValue) {
    }

    public Uni<Lineage> of(Outcome o, PageRequest page) {
        var recipients = OutcomeDelivery.<OutcomeDelivery>find("outcomeId", Sort.by("position").and("studioId"), o.id)
                .page(page.page, page.size);
        var adoptions = OutcomeAdoption.<OutcomeAdoption>find("outcomeId", Sort.by("createdAt").and("id"), o.id)
                .page(page.page, page.size);
        return recipients.list().flatMap(copies -> adoptions.list().flatMap(adopted -> sums(o.id).flatMap(sums -> {
            Set<UUID> pageStudios = new HashSet<>();
            copies.forEach(c -> pageStudios.add(c.studioId));
            Set<UUID> adopters = new HashSet<>();
            adopted.forEach(a -> adopters.add(a.studioId));
            return adoptersAmong(o.id, pageStudios).flatMap(adoptedHere -> copiesOf(o.id, adopters).flatMap(adopterCopies -> {
                Set<UUID> studioIds = new HashSet<>(adopters);
                studioIds.add(o.studioId);
                studioIds.addAll(pageStudios);
                Map<UUID, List<Route>> routes = new HashMap<>();
                copies.forEach(c -> routes.put(c.studioId, pathViews.routes(c.paths)));
                adopterCopies.forEach(c -> routes.put(c.studioId, pathViews.routes(c.paths)));
                return Studio.<Studio>list("id in ?1", studioIds).flatMap(studios -> pathViews.resolver(routes.values())
                        .map(resolver -> build(o, copies, adoptedHere, adopted, studios, routes, resolver, sums, page)));
            }));
        })));
    }

    private static Uni<Sums> sums(UUID outcomeId) {
        return SessionSql.rows(TOTALS, outcomeId).map(rows -> rows.get(0)).map(row -> new Sums(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), new BigDecimal(row[3].toString()).setScale(2)));
    }

    /** Which of {@code studios} adopted the outcome: the recipients on this page marked as adopters. */
    private static Uni<Set<UUID>> adoptersAmong(UUID outcomeId, Set<UUID> studios) {
        return studios.isEmpty() ? Uni.createFrom().item(Set.of())
                : OutcomeAdoption.<OutcomeAdoption>list("outcomeId = ?1 and studioId in ?2", outcomeId, studios)
                        .map(found -> {
                            Set<UUID> ids = new HashSet<>();
                            found.forEach(a -> ids.add(a.studioId));
                            return ids;
                        });
    }

    private static Uni<List<OutcomeDelivery>> copiesOf(UUID outcomeId, Set<UUID> studios) {
        return studios.isEmpty() ? Uni.createFrom().item(List.of())
                : OutcomeDelivery.list("outcomeId = ?1 and studioId in ?2", outcomeId, studios);
    }

    private static Lineage build(Outcome o, List<OutcomeDelivery> copies, Set<UUID> adoptedHere, List<OutcomeAdoption> adopted,
            List<Studio> studios, Map<UUID, List<Route>> routes, PathViews.Resolver resolver, Sums sums, PageRequest page) {
        Map<UUID, Studio> byId = new HashMap<>();
        studios.forEach(s -> byId.put(s.id, s));
        List<RecipientView> recipients = new ArrayList<>();
        for (OutcomeDelivery c : copies) {
            Studio s = byId.get(c.studioId);
            StudioCard card = s == null ? new StudioCard(c.studioId, null, null, null, null) : MatchConsoleViews.card(s);
            recipients.add(new RecipientView(card, resolver.views(routes.get(c.studioId)), List.of(c.relatedTerms),
                    c.deliveredAt, adoptedHere.contains(c.studioId)));
        }
        List<AdoptionView> adoptions = new ArrayList<>();
        for (OutcomeAdoption a : adopted) {
            adoptions.add(OutcomeViews.adoption(a, byId.get(a.studioId), resolver.views(routes.get(a.studioId))));
        }
        BigDecimal total = o.valueRmb == null ? sums.adoptedValue() : sums.adoptedValue().add(o.valueRmb);
        return new Lineage(OutcomeViews.outcome(o, byId.get(o.studioId)), o.hops,
                new Page<>(recipients, page.page, page.size, sums.recipients()),
                new Page<>(adoptions, page.page, page.size, sums.adoptions()),
                new OutcomeViews.Totals(sums.recipients(), sums.regions(), sums.adoptions(), o.valueRmb, sums.adoptedValue(), total));
    }

    public Uni<AdoptionView> adoption(OutcomeAdoption a, Studio studio) {
        OutcomeDelivery.Key key = new OutcomeDelivery.Key();
        key.outcomeId = a.outcomeId;
        key.studioId = a.studioId;
        return OutcomeDelivery.<OutcomeDelivery>findById(key).flatMap(copy -> {
            List<Route> routes = pathViews.routes(copy.paths);
            return pathViews.resolver(List.of(routes)).map(r -> OutcomeViews.adoption(a, studio, r.views(routes)));
        });
    }
}
