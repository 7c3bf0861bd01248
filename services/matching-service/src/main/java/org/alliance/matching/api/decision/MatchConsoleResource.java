package org.alliance.matching.api.decision;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.common.paging.Pages;
import org.alliance.common.problem.ProblemException;
import org.alliance.matching.api.decision.MatchConsoleViews.MatchView;
import org.alliance.matching.domain.Match;
import org.alliance.matching.domain.decision.MatchDecisionService;
import org.alliance.matching.domain.decision.Side;
import org.alliance.matching.domain.decision.Verdict;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The coordinators' console over matches: browse and filter across regions, and decide. */
@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchConsoleResource {

    @Inject
    Caller caller;

    @Inject
    MatchConsoleViews views;

    @Inject
    MatchDecisionService decisions;

    /** @param side required for a coordinator, and for a union whose region holds both sides */
    public record DecisionRequest(@NotNull Verdict decision, @NotBlank @Size(max = 2000) String reason, Side side) {
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    @Operation(summary = "Browse and filter matches across regions", description = "Best score first, paged. A union sees only matches whose need or studio lies in its region. Studios appear as cards; contacts only after both sides accepted (or to that side's own union).")
    public Uni<Page<MatchView>> list(@Valid @BeanParam MatchFilter filter, @Valid @BeanParam PageRequest page) {
        MatchFilter.Query q = filter.toQuery(caller.isRegionBound() ? caller.region() : null);
        var query = Match.<Match>find(q.where(), Sort.descending("score").and("id"), q.params());
        return Pages.of(query, page).flatMap(found -> views.render(found.items(), caller).map(found::withItems));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithSession
    @Operation(summary = "One match", description = "404 to a union of neither side's region.")
    public Uni<MatchView> get(@PathParam("id") UUID id) {
        return Match.<Match>findById(id).flatMap(m -> {
            if (m == null || !(caller.sees(m.needRegionCode) || caller.sees(m.studioRegionCode))) {
                throw ProblemException.notFound("match", id);
            }
            return views.render(List.of(m), caller).map(v -> v.get(0));
        });
    }

    /** One side accepts or declines; the answer is final for that side. */
    @POST
    @Path("{id}/decision")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR})
    @WithTransaction
    @Operation(summary = "Accept or decline a match for one side", description = "A union answers for the side its region covers (naming side only when it covers both); a coordinator names the side it acts for. Each side answers once (409 after); a decline ends the match, the second acceptance accepts it and shows both contacts. Publishes match.accepted.v1 or match.declined.v1.")
    public Uni<MatchView> decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return decisions.decide(id, request.decision(), request.reason(), request.side(), caller)
                .flatMap(m -> views.render(List.of(m), caller)).map(v -> v.get(0));
    }
}
