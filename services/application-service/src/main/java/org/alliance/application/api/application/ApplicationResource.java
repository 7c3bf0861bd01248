package org.alliance.application.api.application;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.alliance.application.domain.application.Application;
import org.alliance.application.domain.application.ApplicationService;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<Response> draft(@Valid @NotNull ApplicationRequest request) {
        return applications.draft(caller, request.form()).map(a -> Response
                .created(URI.create("/api/v1/applications/" + a.id)).entity(ApplicationView.of(a)).build());
    }

    /** Changes a draft; on an application returned for changes, amends and re-submits it. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<ApplicationView> change(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequest request) {
        return applications.changeOrAmend(caller, id, request.form()).map(ApplicationView::of);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<ApplicationView> submit(@PathParam("id") UUID id) {
        return applications.submit(caller, id).map(ApplicationView::of);
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.UNION, Roles.OPERATOR})
    public Uni<ApplicationView> withdraw(@PathParam("id") UUID id) {
        return applications.withdraw(caller, id).map(ApplicationView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<ApplicationView> get(@PathParam("id") UUID id) {
        return applications.get(caller, id).map(ApplicationView::of);
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<Page<ApplicationView>> list(@QueryParam("callId") UUID callId, @QueryParam("status") Application.Status status,
            @Valid @BeanParam PageRequest page) {
        return applications.list(caller, callId, status, page).map(p -> new Page<>(
                p.items().stream().map(ApplicationView::of).toList(), p.page(), p.size(), p.total()));
    }
}
