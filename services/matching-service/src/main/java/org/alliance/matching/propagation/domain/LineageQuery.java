package org.alliance.matching.propagation.domain;

import io.quarkus.hibernate.reactive.panache.Panache;
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
import org.alliance.matching.api.MatchViews.StudioCard;
import org.alliance.matching.decision.api.MatchConsoleViews;
import org.alliance.matching.propagation.api.OutcomeViews;
import org.alliance.matching.propagation.api.OutcomeViews.AdoptionView;
import org.alliance.matching.propagation.api.OutcomeViews.Lineage;
import org.alliance.matching.propagation.api.OutcomeViews.RecipientView;
import org.alliance.matching.propagation.api.PathViews;
import org.alliance.matching.replica.Studio;

/**
 * Where an outcome spread, who adopted it, and the value it created. Recipients come a page at a
 * time, in propagation order (alliance members first, then by supply-chain distance); the totals and
 * the adoptions always cover the whole outcome.
 */
@ApplicationScoped
public class LineageQuery {

    private static final String SPREAD = "SELECT count(*), count(DISTINCT s.region_code) FROM outcome_delivery d"
            + " LEFT JOIN studio s ON s.id = d.studio_id WHERE d.outcome_id = ?1";

    @Inject
    PathViews pathViews;

    private record Spread(long recipients, long regions) {
    }

    public Uni<Lineage> of(Outcome o, PageRequest page) {
        var recipients = OutcomeDelivery.<OutcomeDelivery>find("outcomeId", Sort.by("position").and("studioId"), o.id)
                .page(page.page, page.size);
        return recipients.list().flatMap(copies -> spread(o.id).flatMap(spread -> OutcomeAdoption
                .<OutcomeAdoption>list("outcomeId = ?1 order by createdAt, id", o.id).flatMap(adoptions -> {
                    Set<UUID> adopters = new HashSet<>();
                    adoptions.forEach(a -> adopters.add(a.studioId));
                    return adopterCopies(o.id, adopters).flatMap(adopterCopies -> {
                        Set<UUID> studioIds = new HashSet<>(adopters);
                        studioIds.add(o.studioId);
                        copies.forEach(c -> studioIds.add(c.studioId));
                        Map<UUID, List<Route>> routes = new HashMap<>();
                        copies.forEach(c -> routes.put(c.studioId, pathViews.routes(c.paths)));
                        adopterCopies.forEach(c -> routes.put(c.studioId, pathViews.routes(c.paths)));
                        return Studio.<Studio>list("id in ?1", studioIds).flatMap(studios -> pathViews.resolver(routes.values())
                                .map(resolver -> build(o, copies, adoptions, studios, routes, resolver, spread, page)));
                    });
                })));
    }

    private static Uni<Spread> spread(UUID outcomeId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(SPREAD, Object[].class).setParameter(1, outcomeId)
                .getSingleResult()).map(row -> new Spread(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }

    private static Uni<List<OutcomeDelivery>> adopterCopies(UUID outcomeId, Set<UUID> adopters) {
        return adopters.isEmpty() ? Uni.createFrom().item(List.of())
                : OutcomeDelivery.list("outcomeId = ?1 and studioId in ?2", outcomeId, adopters);
    }

    private static Lineage build(Outcome o, List<OutcomeDelivery> copies, List<OutcomeAdoption> adoptions, List<Studio> studios,
            Map<UUID, List<Route>> routes, PathViews.Resolver resolver, Spread spread, PageRequest page) {
        Map<UUID, Studio> byId = new HashMap<>();
        studios.forEach(s -> byId.put(s.id, s));
        Set<UUID> adopters = new HashSet<>();
        adoptions.forEach(a -> adopters.add(a.studioId));
        List<RecipientView> recipients = new ArrayList<>();
        for (OutcomeDelivery c : copies) {
            Studio s = byId.get(c.studioId);
            StudioCard card = s == null ? new StudioCard(c.studioId, null, null, null, null) : MatchConsoleViews.card(s);
            recipients.add(new RecipientView(card, resolver.views(routes.get(c.studioId)), List.of(c.relatedTerms),
                    c.deliveredAt, adopters.contains(c.studioId)));
        }
        BigDecimal adopted = BigDecimal.ZERO.setScale(2);
        List<AdoptionView> adoptionViews = new ArrayList<>();
        for (OutcomeAdoption a : adoptions) {
            adopted = adopted.add(a.valueRmb);
            adoptionViews.add(OutcomeViews.adoption(a, byId.get(a.studioId), resolver.views(routes.get(a.studioId))));
        }
        BigDecimal total = o.valueRmb == null ? adopted : adopted.add(o.valueRmb);
        return new Lineage(OutcomeViews.outcome(o, byId.get(o.studioId)), o.hops,
                new Page<>(recipients, page.page, page.size, spread.recipients()), adoptionViews,
                new OutcomeViews.Totals(spread.recipients(), spread.regions(), adoptions.size(), o.valueRmb, adopted, total));
    }
}
