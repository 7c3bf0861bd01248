package org.alliance.matching.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.paging.Pages;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.domain.Match;
import org.alliance.matching.domain.Matchmaker;
import org.alliance.matching.domain.Need;
import org.alliance.matching.domain.replica.Studio;
import org.alliance.security.Caller;
import org.alliance.security.RegionScope;
import org.alliance.security.Roles;

/**
 * Needs (技术难题) and their proposed matches. A union posts and reads only its own region's needs
 * (another region's need is a 404); a coordinator posts and reads all. A need is matched as soon as
 * it is posted.
 */
@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NeedResource {

    @Inject
    Caller caller;

    @Inject
    NeedPosting posting;

    @Inject
    Matchmaker matchmaker;

    @POST
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithTransaction
    public Uni<Response> post(@Valid @NotNull NeedRequests.NewNeed request) {
        return posting.post(request).chain(need -> matchmaker.score(need)
                .chain(() -> Match.count("needId = ?1 and status != ?2", need.id, Match.Status.WITHDRAWN))
                .map(matches -> Response.created(URI.create("/api/v1/needs/" + need.id))
                        .entity(NeedRequests.NeedView.of(need, matches)).build()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    public Uni<NeedRequests.NeedView> get(@PathParam("id") UUID id) {
        return visible(id).chain(need -> Match.count("needId = ?1 and status != ?2", need.id, Match.Status.WITHDRAWN)
                .map(count -> NeedRequests.NeedView.of(need, count)));
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    public Uni<Page<NeedRequests.NeedView>> list(@Valid @BeanParam PageRequest page) {
        Sort order = Sort.descending("createdAt").and("id");
        var query = caller.isRegionBound()
                ? Need.<Need>find("regionCode like ?1", order, RegionScope.likePattern(caller.region()))
                : Need.<Need>findAll(order);
        return Pages.of(query, page).map(found -> found.map(n -> NeedRequests.NeedView.of(n, null)));
    }

    /**
     * The need's matches, best first, with their explanations. Each studio appears as a match card
     * (name, tier, region, capability summary); its contact details only once the match is
     * ACCEPTED by both sides, or for a union whose own region the studio is in.
     */
    @GET
    @Path("{id}/matches")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    public Uni<List<MatchViews.MatchView>> matches(@PathParam("id") UUID id) {
        return visible(id).chain(need -> Match.<Match>list("needId = ?1 and status != ?2", need.id, Match.Status.WITHDRAWN))
                .chain(matches -> matches.isEmpty() ? Uni.createFrom().item(List.<MatchViews.MatchView>of())
                        : Studio.<Studio>list("id in ?1", matches.stream().map(m -> m.studioId).toList())
                                .map(studios -> MatchViews.of(matches, studios, caller)));
    }

    private Uni<Need> visible(UUID id) {
        return Need.<Need>findById(id).map(need -> {
            if (need == null || !caller.sees(need.regionCode)) {
                throw ProblemException.notFound("need", id);
            }
            return need;
        });
    }
}
