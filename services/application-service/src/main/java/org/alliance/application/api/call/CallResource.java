package org.alliance.application.api.call;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.alliance.application.domain.call.CallService;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    @Inject
    CallService calls;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<Response> draft(@Valid @NotNull CallRequest request) {
        return calls.draft(caller, request.terms()).map(d -> Response
                .created(URI.create("/api/v1/calls/" + d.call().id)).entity(CallView.of(d)).build());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<CallView> change(@PathParam("id") UUID id, @Valid @NotNull CallRequest request) {
        return calls.change(caller, id, request.terms()).map(CallView::of);
    }

    /** Publishes a drafted call: from now on its terms are frozen. */
    @POST
    @Path("{id}/publication")
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<CallView> publish(@PathParam("id") UUID id) {
        return calls.publish(caller, id).map(CallView::of);
    }

    /** The issuing union closes the window before its last day (提前截止); the review side may then decide the call. */
    @POST
    @Path("{id}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNION)
    public Uni<CallView> close(@PathParam("id") UUID id, @Valid @NotNull Closing request) {
        return calls.close(caller, id, request.reason()).map(CallView::of);
    }

    /** Why the window closes early; required, as the applicants are told. */
    public record Closing(@NotBlank @Size(max = 1000) String reason) {
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<CallView> get(@PathParam("id") UUID id) {
        return calls.get(caller, id).map(CallView::of);
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<Page<CallView.Summary>> list(@Valid @BeanParam PageRequest page) {
        return calls.list(caller, page).map(p -> p.map(c -> CallView.Summary.of(c, calls.phase(c))));
    }
}
