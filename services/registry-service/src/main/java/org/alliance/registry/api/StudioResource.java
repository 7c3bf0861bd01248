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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.alliance.common.http.Preconditions;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.registry.domain.Actor;
import org.alliance.registry.domain.StudioFilter;
import org.alliance.registry.domain.StudioService;
import org.alliance.registry.domain.StudioStatus;
import org.alliance.registry.domain.StudioTier;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Innovation studios (职工创新工作室): a union registers and changes its own region's; everyone with a role reads. */
@Path("/api/v1/studios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioResource {

    @Inject
    StudioService service;

    @Inject
    Actors actors;

    @POST
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "Register a studio", description = "The studio takes its enterprise's region and industry; a union names only enterprises of its region (422 naming enterpriseId otherwise).")
    @APIResponse(responseCode = "201", description = "The registered studio; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StudioView.class)))
    public Uni<Response> register(@NotNull @Valid StudioRequest body) {
        Actor actor = actors.current();
        return service.register(actor, body.enterpriseId(), body.details()).map(s -> Response
                .created(URI.create("/api/v1/studios/" + s.id)).tag(Preconditions.etag(s.version))
                .entity(StudioView.of(s, actor)).build());
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "List studios", description = "Paged, ordered by name. Filters: region (a province code includes its cities), tier, industry (section letter or division), status, enterpriseId, text (every word must occur in the name, capability summary or keywords). A union sees only its region. The count of matches stops 1,000 rows past the page, 100 with a text filter: totalExact says whether total is exact or a lower bound.")
    public Uni<Page<StudioView>> list(@Valid @BeanParam PageRequest page, @QueryParam("region") String region,
            @QueryParam("tier") String tier, @QueryParam("industry") String industry, @QueryParam("status") String status,
            @QueryParam("enterpriseId") String enterpriseId, @QueryParam("text") String text) {
        StudioFilter filter = new StudioFilter(Params.region("region", region), Params.enumOf(StudioTier.class, "tier", tier),
                Params.industry("industry", industry), Params.enumOf(StudioStatus.class, "status", status),
                Params.uuid("enterpriseId", enterpriseId), Params.text("text", text));
        Actor actor = actors.current();
        return service.list(actor, filter, page).map(p -> p.map(s -> StudioView.of(s, actor)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "One studio", description = "Its ETag is its version. Another region's studio answers 404 to a union.")
    @APIResponse(responseCode = "200", description = "The studio; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StudioView.class)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        Actor actor = actors.current();
        return service.get(actor, id).map(s -> Response.ok(StudioView.of(s, actor)).tag(Preconditions.etag(s.version)).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "Replace a studio's details", description = "Needs If-Match with the version read (428 without, 412 when stale). An accredited or revoked studio's tier cannot change here (422).")
    @APIResponse(responseCode = "200", description = "The studio as changed; ETag is its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StudioView.class)))
    public Uni<Response> update(@PathParam("id") UUID id,
            @HeaderParam(Preconditions.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull @Valid StudioChanges body) {
        long expected = Preconditions.required(ifMatch);
        Actor actor = actors.current();
        return service.update(actor, id, expected, body.details())
                .map(s -> Response.ok(StudioView.of(s, actor)).tag(Preconditions.etag(s.version)).build());
    }
}
