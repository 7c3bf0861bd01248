package org.alliance.review.api.selection;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.alliance.review.domain.selection.SelectionService;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

/**
 * The funding decision of a call (申报批次): previewed as often as the city union likes, then made
 * final once when it closes the call's review (a second closing answers 409 {@code review-closed}).
 */
@Path("/api/v1/review-calls/{callId}/selection")
@Produces(MediaType.APPLICATION_JSON)
public class SelectionResource {

    @Inject
    SelectionService selection;

    @Inject
    Caller caller;

    /** What closing the review now would decide: nothing is kept, nothing published. */
    @GET
    @Path("preview")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.OPERATOR})
    public Uni<SelectionView> preview(@PathParam("callId") UUID callId) {
        return selection.preview(caller, callId).map(SelectionView::of);
    }

    /** Closes the call's review: the decision is kept and every application's decision published. */
    @POST
    @RolesAllowed(Roles.UNION)
    public Uni<Response> close(@PathParam("callId") UUID callId) {
        return selection.close(caller, callId).map(o -> Response.created(URI.create("/api/v1/review-calls/" + callId + "/selection"))
                .entity(SelectionView.of(o)).build());
    }

    /** The final decision; 404 while the review is open. */
    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.OPERATOR})
    public Uni<SelectionView> decided(@PathParam("callId") UUID callId) {
        return selection.decided(caller, callId).map(SelectionView::of);
    }
}
