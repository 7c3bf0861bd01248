package org.alliance.application.api.application;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.alliance.application.domain.application.PlainInsert;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Measurement baseline for the benchmark (bench/run application): takes the same form as
 * {@code POST /api/v1/applications} through the same stack (JAX-RS, JWT, Bean Validation, Hibernate
 * Reactive, the outbox) and inserts it as a SUBMITTED application with its application.submitted
 * event, checking no eligibility rule. Compiled only into the benchmark's build of the service
 * (Maven profile {@code bench-baseline}, into target/bench), never into its artifacts.
 */
@Path("/bench/plain-applications")
@Produces(MediaType.APPLICATION_JSON)
public class PlainInsertResource {

    @Inject
    PlainInsert plain;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    @Operation(hidden = true)
    public Uni<Response> insert(@QueryParam("year") int year, @QueryParam("regionCode") String regionCode,
            @Valid @NotNull ApplicationRequest request) {
        return plain.insert(caller, request.form(), year, regionCode).map(a -> Response
                .created(URI.create("/api/v1/applications/" + a.id)).entity(ApplicationView.of(a)).build());
    }
}
