package org.alliance.review.api.reaccreditation;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.review.api.reaccreditation.ReaccreditationViews.CaseView;
import org.alliance.review.api.reaccreditation.ReaccreditationViews.DecisionRequest;
import org.alliance.review.api.reaccreditation.ReaccreditationViews.Opening;
import org.alliance.review.api.sevenhaves.SevenHavesScoreRequest;
import org.alliance.review.api.sevenhaves.SevenHavesScoreView;
import org.alliance.review.domain.reaccreditation.ReaccreditationCase;
import org.alliance.review.domain.reaccreditation.ReaccreditationService;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

/** Re-accreditation cases (复评): opening, expert scores against the seven haves, the union's decision. */
@Path("/api/v1/reaccreditations")
@Produces(MediaType.APPLICATION_JSON)
public class ReaccreditationResource {

    @Inject
    ReaccreditationService reaccreditations;

    @Inject
    Caller caller;

    @POST
    @Path("openings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<Page<CaseView>> open(@Valid @NotNull Opening opening) {
        return reaccreditations.open(caller, opening.dueFrom(), opening.dueTo()).map(opened -> new Page<>(
                opened.stream().map(c -> CaseView.of(c, null)).toList(), 1, Math.max(1, opened.size()), opened.size()));
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<Page<CaseView>> list(@QueryParam("status") ReaccreditationCase.Status status, @Valid @BeanParam PageRequest page) {
        return reaccreditations.list(caller, status, page).map(p -> new Page<>(
                p.items().stream().map(c -> CaseView.of(c, null)).toList(), p.page(), p.size(), p.total()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<CaseView> get(@PathParam("id") UUID id) {
        return reaccreditations.get(caller, id).flatMap(c -> reaccreditations.scores(id).map(s -> CaseView.of(c, s)));
    }

    @POST
    @Path("{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Uni<Response> score(@PathParam("id") UUID id, @Valid @NotNull SevenHavesScoreRequest request) {
        return reaccreditations.score(caller, id, request.items(), request.comment()).map(s -> Response
                .created(URI.create("/api/v1/reaccreditations/" + id)).entity(SevenHavesScoreView.of(s)).build());
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNION)
    public Uni<CaseView> decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return reaccreditations.decide(caller, id, request.note())
                .flatMap(c -> reaccreditations.scores(id).map(s -> CaseView.of(c, s)));
    }
}
