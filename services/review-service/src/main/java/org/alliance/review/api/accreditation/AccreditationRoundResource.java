package org.alliance.review.api.accreditation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.alliance.common.paging.Page;
import org.alliance.common.paging.PageRequest;
import org.alliance.review.api.accreditation.AccreditationViews.NominationRequest;
import org.alliance.review.api.accreditation.AccreditationViews.NominationView;
import org.alliance.review.api.accreditation.AccreditationViews.RoundDecisionView;
import org.alliance.review.api.accreditation.AccreditationViews.RoundRequest;
import org.alliance.review.api.accreditation.AccreditationViews.RoundView;
import org.alliance.review.api.sevenhaves.SevenHavesScoreRequest;
import org.alliance.review.api.sevenhaves.SevenHavesScoreView;
import org.alliance.review.domain.accreditation.AccreditationRoundService;
import org.alliance.security.Caller;
import org.alliance.security.Roles;

/**
 * The yearly accreditation round of new municipal studios (年度认定): the city union opens its region's
 * round, unions nominate studios, experts score them against the seven haves, the city union previews
 * and closes the round.
 */
@Path("/api/v1/accreditation-rounds")
@Produces(MediaType.APPLICATION_JSON)
public class AccreditationRoundResource {

    private static final int DEFAULT_PASS_SCORE = 60;

    @Inject
    AccreditationRoundService rounds;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNION)
    public Uni<Response> open(@Valid @NotNull RoundRequest request) {
        int places = request.places() == null ? AccreditationRoundService.MIN_PLACES : request.places();
        int passScore = request.passScore() == null ? DEFAULT_PASS_SCORE : request.passScore();
        return rounds.open(caller, request.year(), places, passScore).map(r -> Response
                .created(URI.create("/api/v1/accreditation-rounds/" + r.id)).entity(RoundView.of(r)).build());
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<Page<RoundView>> list(@QueryParam("year") @Min(2017) @Max(2100) Integer year, @Valid @BeanParam PageRequest page) {
        return rounds.list(caller, year, page).map(p -> new Page<>(p.items().stream().map(RoundView::of).toList(), p.page(),
                p.size(), p.total()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<RoundView> get(@PathParam("id") UUID id) {
        return rounds.get(caller, id).map(RoundView::of);
    }

    @POST
    @Path("{id}/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNION)
    public Uni<Response> nominate(@PathParam("id") UUID id, @Valid @NotNull NominationRequest request) {
        return rounds.nominate(caller, id, request.studioId(), request.note()).map(c -> Response
                .created(URI.create("/api/v1/accreditation-rounds/" + id + "/nominations/" + c.id))
                .entity(NominationView.of(new AccreditationRoundService.Nominee(c, 0, null))).build());
    }

    @GET
    @Path("{id}/nominations")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<Page<NominationView>> nominations(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return rounds.nominees(caller, id, page).map(p -> new Page<>(p.items().stream().map(NominationView::of).toList(), p.page(),
                p.size(), p.total()));
    }

    @GET
    @Path("{id}/nominations/{caseId}")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    public Uni<NominationView> nomination(@PathParam("id") UUID id, @PathParam("caseId") UUID caseId) {
        return rounds.nominee(caller, id, caseId).map(NominationView::of);
    }

    @POST
    @Path("{id}/nominations/{caseId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Uni<Response> score(@PathParam("id") UUID id, @PathParam("caseId") UUID caseId,
            @Valid @NotNull SevenHavesScoreRequest request) {
        return rounds.score(caller, id, caseId, request.items(), request.comment()).map(s -> Response
                .created(URI.create("/api/v1/accreditation-rounds/" + id + "/nominations/" + caseId))
                .entity(SevenHavesScoreView.of(s)).build());
    }

    @GET
    @Path("{id}/decision/preview")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.OPERATOR})
    public Uni<RoundDecisionView> preview(@PathParam("id") UUID id) {
        return rounds.preview(caller, id).map(RoundDecisionView::of);
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.UNION)
    public Uni<Response> close(@PathParam("id") UUID id) {
        return rounds.close(caller, id).map(o -> Response.created(URI.create("/api/v1/accreditation-rounds/" + id + "/decision"))
                .entity(RoundDecisionView.of(o)).build());
    }

    @GET
    @Path("{id}/decision")
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.OPERATOR})
    public Uni<RoundDecisionView> decided(@PathParam("id") UUID id) {
        return rounds.decided(caller, id).map(RoundDecisionView::of);
    }
}
