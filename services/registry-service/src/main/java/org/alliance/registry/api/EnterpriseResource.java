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
import org.alliance.registry.domain.EnterpriseFilter;
import org.alliance.registry.domain.EnterpriseService;
import org.alliance.registry.domain.Ownership;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Enterprises (企业): a union registers and changes its own region's; everyone with a role reads. */
@Path("/api/v1/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    @Inject
    EnterpriseService service;

    @Inject
    Actors actors;

    @POST
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "Register an enterprise", description = "A union may only register enterprises of its own region (403 naming regionCode otherwise).")
    @APIResponse(responseCode = "201", description = "The registered enterprise; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnterpriseView.class)))
    public Uni<Response> register(@NotNull @Valid EnterpriseRequest body) {
        return service.register(actors.current(), body.details()).map(e -> Response
                .created(URI.create("/api/v1/enterprises/" + e.id)).tag(Preconditions.etag(e.version))
                .entity(EnterpriseView.of(e)).build());
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "List enterprises", description = "Paged, ordered by name. A union sees only its region. The count of matches stops 1,000 rows past the page, 100 with a text filter: totalExact says whether total is exact or a lower bound.")
    public Uni<Page<EnterpriseView>> list(@Valid @BeanParam PageRequest page, @QueryParam("region") String region,
            @QueryParam("industry") String industry, @QueryParam("ownership") String ownership,
            @QueryParam("text") String text) {
        EnterpriseFilter filter = new EnterpriseFilter(Params.region("region", region), Params.industry("industry", industry),
                Params.enumOf(Ownership.class, "ownership", ownership), Params.text("text", text));
        return service.list(actors.current(), filter, page).map(p -> p.map(EnterpriseView::of));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "One enterprise", description = "Its ETag is its version. Another region's enterprise answers 404 to a union.")
    @APIResponse(responseCode = "200", description = "The enterprise; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnterpriseView.class)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.get(actors.current(), id)
                .map(e -> Response.ok(EnterpriseView.of(e)).tag(Preconditions.etag(e.version)).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "Replace an enterprise's details", description = "Needs If-Match with the version read (428 without, 412 when stale). Changes of name, region or industry are carried into the enterprise's studios.")
    @APIResponse(responseCode = "200", description = "The enterprise as changed; ETag is its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnterpriseView.class)))
    public Uni<Response> update(@PathParam("id") UUID id,
            @HeaderParam(Preconditions.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull @Valid EnterpriseRequest body) {
        long expected = Preconditions.required(ifMatch);
        return service.update(actors.current(), id, expected, body.details())
                .map(e -> Response.ok(EnterpriseView.of(e)).tag(Preconditions.etag(e.version)).build());
    }
}
