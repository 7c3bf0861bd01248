package org.alliance.matching.propagation.domain;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.matching.api.MatchViews.StudioCard;
import org.alliance.matching.decision.api.MatchConsoleViews;
import org.alliance.matching.propagation.api.OutcomeViews;
import org.alliance.matching.propagation.api.OutcomeViews.AdoptionView;
import org.alliance.matching.propagation.api.OutcomeViews.Lineage;
import org.alliance.matching.propagation.api.OutcomeViews.RecipientView;
import org.alliance.matching.propagation.api.PathViews;
import org.alliance.matching.replica.Studio;

/** Where an outcome spread (recipients and their paths), who adopted it, and the value it created. */
@ApplicationScoped
public class LineageQuery {

    @Inject
    PathViews pathViews;

    public Uni<Lineage> of(Outcome o) {
        return OutcomeDelivery.<OutcomeDelivery>list("outcomeId = ?1 order by deliveredAt, studioId", o.id)
                .flatMap(copies -> OutcomeAdoption.<OutcomeAdoption>list("outcomeId = ?1 order by createdAt, id", o.id)
                        .flatMap(adoptions -> {
                            Set<UUID> studioIds = new HashSet<>();
                            studioIds.add(o.studioId);
                            copies.forEach(c -> studioIds.add(c.studioId));
                            Map<UUID, List<Route>> routes = new HashMap<>();
                            copies.forEach(c -> routes.put(c.studioId, pathViews.routes(c.paths)));
                            return Studio.<Studio>list("id in ?1", studioIds).flatMap(studios -> pathViews
                                    .resolver(routes.values()).map(resolver -> build(o, copies, adoptions, studios, routes, resolver)));
                        }));
    }

    private static Lineage build(Outcome o, List<OutcomeDelivery> copies, List<OutcomeAdoption> adoptions, List<Studio> studios,
            Map<UUID, List<Route>> routes, PathViews.Resolver resolver) {
        Map<UUID, Studio> byId = new HashMap<>();
        studios.forEach(s -> byId.put(s.id, s));
        Set<UUID> adopters = new HashSet<>();
        adoptions.forEach(a -> adopters.add(a.studioId));
        List<RecipientView> recipients = new ArrayList<>();
        Set<String> regions = new HashSet<>();
        List<OutcomeDelivery> ordered = new ArrayList<>(copies);
        ordered.sort(Comparator.comparingInt((OutcomeDelivery c) -> Route.rank(routes.get(c.studioId)))
                .thenComparing(c -> c.studioId.toString()));
        for (OutcomeDelivery c : ordered) {
            Studio s = byId.get(c.studioId);
            StudioCard card = s == null ? new StudioCard(c.studioId, null, null, null, null) : MatchConsoleViews.card(s);
            if (card.regionCode() != null) {
                regions.add(card.regionCode());
            }
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
        return new Lineage(OutcomeViews.outcome(o, byId.get(o.studioId)), o.hops, recipients, adoptionViews,
                new OutcomeViews.Totals(recipients.size(), regions.size(), adoptions.size(), o.valueRmb, adopted, total));
    }
}
