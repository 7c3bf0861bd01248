package org.alliance.registry.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.alliance.common.http.Preconditions;
import org.alliance.registry.domain.SupplyLinkService;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Supply links (上下游): created and removed by a union within its region, or by an operator across regions. */
@Path("/api/v1/supply-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplyLinkResource {

    @Inject
    SupplyLinkService service;

    @Inject
    Actors actors;

    @POST
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "Link a supplier to a customer", description = "No self-link (422), no second active link in the same direction (409). A union names only enterprises of its region (422 naming the field otherwise).")
    @APIResponse(responseCode = "201", description = "The new link", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupplyLinkView.class)))
    public Uni<Response> create(@NotNull @Valid SupplyLinkRequest body) {
        return service.create(actors.current(), body.details()).map(l -> Response
                .created(URI.create("/api/v1/supply-links/" + l.id)).tag(Preconditions.etag(l.version))
                .entity(SupplyLinkView.of(l)).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "One supply link", description = "Removed links stay readable with active false.")
    @APIResponse(responseCode = "200", description = "The link", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupplyLinkView.class)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.get(actors.current(), id)
                .map(l -> Response.ok(SupplyLinkView.of(l)).tag(Preconditions.etag(l.version)).build());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(summary = "Remove a supply link", description = "Answers the removed link (active false). Optional If-Match (412 when stale); removing it again is a 409.")
    @APIResponse(responseCode = "200", description = "The removed link (active false)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupplyLinkView.class)))
    public Uni<Response> remove(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        Long expected = Preconditions.optional(ifMatch);
        return service.remove(actors.current(), id, expected)
                .map(l -> Response.ok(SupplyLinkView.of(l)).tag(Preconditions.etag(l.version)).build());
    }
}
