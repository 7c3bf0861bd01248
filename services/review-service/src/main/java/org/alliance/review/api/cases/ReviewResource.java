package org.alliance.review.api.cases;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.review.domain.cases.ReviewCase;
import org.alliance.review.domain.cases.SignOffService;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

/** Review cases and their sign-off (审核盖章) by the unit, district / bureau / group and city unions. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    SignOffService signOffs;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.OPERATOR})
    public Uni<Page<CaseView>> list(@QueryParam("callId") UUID callId, @QueryParam("status") ReviewCase.Status status,
            @QueryParam("stage") ReviewCase.Stage stage, @Valid @BeanParam PageRequest page) {
        return signOffs.list(caller, callId, status, stage, page).map(p -> p.map(CaseView::of));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.OPERATOR})
    public Uni<CaseView> get(@PathParam("id") UUID id) {
        return signOffs.get(caller, id).map(CaseView::of);
    }

    /** The caller's level approves, returns or rejects the case that stands at that level. */
    @POST
    @Path("{id}/sign-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNION)
    public Uni<CaseView> signOff(@PathParam("id") UUID id, @Valid @NotNull SignOffRequest request) {
        return signOffs.signOff(caller, id, request.signOff()).map(CaseView::of);
    }
}
