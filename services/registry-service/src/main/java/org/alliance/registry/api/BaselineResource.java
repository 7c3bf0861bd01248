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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Measurement baseline for the benchmark (bench/run registry), operators only and off unless
 * {@code alliance.baseline.enabled=true}: answers exactly what {@code GET /api/v1/studios/{id}}
 * answers, with the same SELECT run through the plain reactive PostgreSQL client instead of
 * Hibernate Reactive, so the two measured side by side show the ORM's cost. Not an API to use.
 */
@Path("/api/v1/baseline")
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

    @Inject
    StudioBaselineQuery query;

    @Inject
    Actors actors;

    @ConfigProperty(name = "alliance.baseline.enabled", defaultValue = "false")
    boolean enabled;

    @GET
    @Path("studios/{id}")
    @RolesAllowed(Roles.OPERATOR)
    // left out of the OpenAPI contract: partners have no use for it (services/registry-service/README.md lists it)
    @Operation(hidden = true)
    public Uni<Response> studio(@PathParam("id") UUID id) {
        if (!enabled) {
            throw ProblemException.notFound("resource", "/api/v1/baseline/studios/" + id);
        }
        Actor actor = actors.current();
        return query.find(id).map(found -> {
            var s = found.orElseThrow(() -> ProblemException.notFound("studio", id));
            actor.requireSees(s.regionCode, "studio", id);
            return Response.ok(StudioView.of(s, actor)).tag(Preconditions.etag(s.version)).build();
        });
    }
}
