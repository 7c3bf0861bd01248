package org.alliance.registry.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.registry.domain.Actor;
import org.alliance.registry.repository.StudioBaselineQuery;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Measurement baseline for the benchmark (bench/run registry), operators only: answers exactly what
 * {@code GET /api/v1/studios/{id}} answers, with the same SELECT run through the plain reactive
 * PostgreSQL client instead of Hibernate Reactive, so the two measured side by side show the ORM's
 * cost. It is compiled only into the benchmark's build of the registry (Maven profile
 * {@code bench-baseline}, into target/bench), never into the service's artifacts; it sits in the
 * registry's api package to answer with the same view and entity tag.
 */
@Path("/api/v1/baseline")
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

    @Inject
    StudioBaselineQuery query;

    @Inject
    Actors actors;

    @GET
    @Path("studios/{id}")
    @RolesAllowed(Roles.OPERATOR)
    // left out of the benchmark build's OpenAPI document too: it is no API
    @Operation(hidden = true)
    public Uni<Response> studio(@PathParam("id") UUID id) {
        Actor actor = actors.current();
        return query.find(id).map(found -> {
            var s = found.orElseThrow(() -> ProblemException.notFound("studio", id));
            actor.requireSees(s.regionCode, "studio", id);
            return Response.ok(StudioView.of(s, actor)).tag(Preconditions.etag(s.version)).build();
        });
    }
}
