package org.alliance.registry.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.alliance.common.http.Preconditions;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.registry.domain.AccreditationService;
import org.alliance.registry.domain.Actor;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The accreditation lifecycle of studios: accredit (认定), history, re-review (复评) due, revoke (撤销). */
@Path("/api/v1/studios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccreditationResource {

    @Inject
    AccreditationService service;

    @Inject
    Actors actors;

    @POST
    @Path("{id}/accreditations")
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "Accredit a studio", description = "Sets its tier and status ACCREDITED; re-review falls due five years later. A revoked studio needs an accreditation dated on or after its revocation. Optional If-Match (412 when stale). Answers the studio.")
    @APIResponse(responseCode = "201", description = "The accredited studio; ETag is its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StudioView.class)))
    public Uni<Response> accredit(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @NotNull @Valid AccreditationRequest body) {
        Long expected = Preconditions.optional(ifMatch);
        Actor actor = actors.current();
        return service.accredit(actor, id, expected, body.accreditation()).map(s -> Response
                .created(URI.create("/api/v1/studios/" + id + "/accreditations")).tag(Preconditions.etag(s.version))
                .entity(StudioView.of(s, actor)).build());
    }

    @GET
    @Path("{id}/accreditations")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "A studio's accreditation history", description = "Every accreditation and revocation, oldest first.")
    public Uni<List<AccreditationView>> history(@PathParam("id") UUID id) {
        return service.history(actors.current(), id).map(list -> list.stream().map(AccreditationView::of).toList());
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "Revoke a studio's accreditation", description = "Needs a current accreditation (409 otherwise) and a reason. Optional If-Match (412 when stale). Answers the studio.")
    @APIResponse(responseCode = "200", description = "The revoked studio; ETag is its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StudioView.class)))
    public Uni<Response> revoke(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @NotNull @Valid RevocationRequest body) {
        Long expected = Preconditions.optional(ifMatch);
        Actor actor = actors.current();
        return service.revoke(actor, id, expected, body.revocation())
                .map(s -> Response.ok(StudioView.of(s, actor)).tag(Preconditions.etag(s.version)).build());
    }

    @GET
    @Path("due-for-re-review")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Studios due for re-review", description = "Accredited studios whose five-year re-review falls due between from and to (inclusive), soonest first. A union sees only its region. The count of matches stops 1,000 rows past the page: totalExact says whether total is exact or a lower bound.")
    public Uni<Page<StudioView>> dueForReReview(@Valid @BeanParam PageRequest page, @QueryParam("from") @Parameter(required = true) String from,
            @QueryParam("to") @Parameter(required = true) String to) {
        Actor actor = actors.current();
        return service.dueForReReview(actor, Params.date("from", from), Params.date("to", to), page)
                .map(p -> p.map(s -> StudioView.of(s, actor)));
    }
}
