package org.alliance.matching.api.propagation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.paging.Pages;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.api.propagation.OutcomeViews.FeedItem;
import org.alliance.matching.domain.propagation.Outcome;
import org.alliance.matching.domain.propagation.OutcomeAdoption;
import org.alliance.matching.domain.propagation.OutcomeDelivery;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A studio's feed of outcomes that reached it, newest first, each with the paths it travelled. */
@Path("/api/v1/studios/{id}/feed")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    @Inject
    Caller caller;

    @Inject
    PathViews pathViews;

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    @Operation(summary = "A studio's feed of outcomes", description = "Outcomes that reached the studio along its alliances and supply chain, newest first, each with the paths it travelled. The studio's union or a coordinator.")
    public Uni<Page<FeedItem>> feed(@PathParam("id") UUID studioId, @Valid @BeanParam PageRequest page) {
        return Studio.<Studio>findById(studioId).flatMap(studio -> {
            if (studio == null) {
                throw ProblemException.notFound("studio", studioId);
            }
            caller.requireSees(studio.regionCode, "studio", studioId);
            var query = OutcomeDelivery.<OutcomeDelivery>find("studioId", Sort.descending("deliveredAt").and("outcomeId"), studioId);
            return Pages.of(query, page).flatMap(copies -> items(studio, copies.items()).map(copies::withItems));
        });
    }

    private Uni<List<FeedItem>> items(Studio studio, List<OutcomeDelivery> copies) {
        if (copies.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> outcomeIds = copies.stream().map(c -> c.outcomeId).toList();
        Map<UUID, List<org.alliance.matching.domain.propagation.Route>> routes = new HashMap<>();
        copies.forEach(c -> routes.put(c.outcomeId, pathViews.routes(c.paths)));
        return Outcome.<Outcome>list("id in ?1", outcomeIds).flatMap(outcomes -> Studio.<Studio>list("id in ?1",
                outcomes.stream().map(o -> o.studioId).distinct().toList()).flatMap(origins -> OutcomeAdoption
                        .<OutcomeAdoption>list("studioId = ?1 and outcomeId in ?2", studio.id, outcomeIds)
                        .flatMap(adoptions -> pathViews.resolver(routes.values()).map(resolver -> {
                            Map<UUID, Outcome> outcomeById = new HashMap<>();
                            outcomes.forEach(o -> outcomeById.put(o.id, o));
                            Map<UUID, Studio> originById = new HashMap<>();
                            origins.forEach(s -> originById.put(s.id, s));
                            Map<UUID, OutcomeAdoption> adoptionByOutcome = new HashMap<>();
                            adoptions.forEach(a -> adoptionByOutcome.put(a.outcomeId, a));
                            return copies.stream().map(c -> {
                                Outcome o = outcomeById.get(c.outcomeId);
                                var paths = resolver.views(routes.get(c.outcomeId));
                                OutcomeAdoption a = adoptionByOutcome.get(c.outcomeId);
                                return new FeedItem(OutcomeViews.outcome(o, originById.get(o.studioId)), paths,
                                        List.of(c.relatedTerms), c.deliveredAt,
                                        a == null ? null : OutcomeViews.adoption(a, studio, paths));
                            }).toList();
                        }))));
    }
}
