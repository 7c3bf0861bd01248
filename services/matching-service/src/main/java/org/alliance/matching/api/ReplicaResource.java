package org.alliance.matching.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alliance.matching.domain.replica.ReplicaService;
import org.alliance.security.Roles;

/** The registry replica's state, and a rebuild from the registry topics on an operator's request. */
@Path("/api/v1/replica")
@Produces(MediaType.APPLICATION_JSON)
public class ReplicaResource {

    @Inject
    ReplicaService replica;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.COORDINATOR})
    public ReplicaService.Status status() {
        return replica.status();
    }

    /** 202: the rebuild runs in the background; poll {@code GET /api/v1/replica} for its state. */
    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.OPERATOR)
    public Response rebuild() {
        return Response.accepted(replica.rebuild()).header("Location", "/api/v1/replica").build();
    }
}
