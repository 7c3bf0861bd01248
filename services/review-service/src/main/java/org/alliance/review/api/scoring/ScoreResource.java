package org.alliance.review.api.scoring;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.review.api.ReviewOffice;
import org.alliance.review.domain.scoring.ExpertScore;
import org.alliance.review.domain.scoring.ScoreItem;
import org.alliance.review.domain.scoring.ScoringService;
import org.alliance.review.repository.assignment.CaseRows;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An expert's scores (评分) of the cases assigned to them, and the trail the review office reads. */
@Path("/api/v1/reviews/{caseId}/scores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoreResource {

    public record Item(@NotBlank @Size(max = 40) String criterion,
            @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal points,
            @NotBlank @Size(max = 2000) String comment) {
    }

    public record Scores(@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Item> items, @Size(max = 500) String note) {
    }

    public record ScoreView(UUID caseId, UUID expertId, int version, List<ScoreItem> items, BigDecimal total, String note,
            OffsetDateTime submittedAt) {
        static ScoreView of(ExpertScore s) {
            return new ScoreView(s.caseId, s.expertId, s.version, s.items(), s.total, s.note, s.submittedAt);
        }
    }

    /** What the review office reads: every version of every expert, and the case_score row (null before assignment). */
    public record Trail(UUID caseId, List<ScoreView> versions, BigDecimal aggregateScore, Integer expertsScored, Boolean complete,
            Boolean flagged) {
    }

    @Inject
    Caller caller;

    @Inject
    ScoringService scoring;

    @Inject
    CaseRows cases;

    @POST
    @RolesAllowed(Roles.REVIEWER)
    @WithTransaction
    @Operation(summary = "Submit the calling expert's scores of a case", description = "Every criterion of the call's rubric once, "
            + "with points and a comment. Once: a second submission is 409 score-already-submitted (send a correction). 404 when the "
            + "case is not assigned to the expert.")
    @APIResponse(responseCode = "201", description = "Version 1 of the expert's scores",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreView.class)))
    public Uni<Response> submit(@PathParam("caseId") UUID caseId, @Valid @NotNull Scores request) {
        return save(caseId, request, false);
    }

    @POST
    @Path("corrections")
    @RolesAllowed(Roles.REVIEWER)
    @WithTransaction
    @Operation(summary = "Correct the calling expert's scores of a case", description = "A new version with every criterion again; "
            + "the earlier versions stay in the trail and the latest counts. 409 no-score-to-correct before a submission.")
    @APIResponse(responseCode = "201", description = "The next version of the expert's scores",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreView.class)))
    public Uni<Response> correct(@PathParam("caseId") UUID caseId, @Valid @NotNull Scores request) {
        return save(caseId, request, true);
    }

    private Uni<Response> save(UUID caseId, Scores request, boolean correction) {
        UUID expert = caller.requireExpertId();
        List<ScoreItem> items = request.items().stream().map(i -> new ScoreItem(i.criterion(), i.points(), i.comment())).toList();
        return scoring.submit(caseId, expert, items, correction, request.note()).map(s -> Response
                .created(URI.create("/api/v1/reviews/" + caseId + "/scores")).entity(ScoreView.of(s)).build());
    }

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.REVIEWER, Roles.OPERATOR})
    @WithSession
    @Operation(summary = "A case's score trail", description = "An expert reads their own versions of a case assigned to them (404 "
            + "otherwise); the review office reads every expert's versions and the case's aggregate, completeness and spread flag.")
    public Uni<Trail> trail(@PathParam("caseId") UUID caseId) {
        if (caller.is(Roles.REVIEWER) && !caller.is(Roles.OPERATOR) && !caller.is(Roles.COORDINATOR)) {
            UUID expert = caller.requireExpertId();
            return ScoringService.visible(caseId, expert).chain(() -> ExpertScore.<ExpertScore>list(
                    "caseId = ?1 and expertId = ?2 order by version", caseId, expert))
                    .map(list -> new Trail(caseId, list.stream().map(ScoreView::of).toList(), null, null, null, null));
        }
        ReviewOffice.require(caller);
        return cases.find(caseId).chain(c -> {
            if (c == null || !caller.sees(c.regionCode())) {
                throw ProblemException.notFound("review case", caseId);
            }
            return ExpertScore.<ExpertScore>list("caseId = ?1 order by expertId, version", caseId)
                    .chain(list -> cases.score(caseId).map(row -> new Trail(caseId, list.stream().map(ScoreView::of).toList(),
                            row == null || row[0] == null ? null : new BigDecimal(row[0].toString()), row == null ? null : ((Number) row[1]).intValue(),
                            row == null ? null : (Boolean) row[2], row == null ? null : (Boolean) row[3])));
        });
    }
}
