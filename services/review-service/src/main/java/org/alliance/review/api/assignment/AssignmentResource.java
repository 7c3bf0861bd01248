package org.alliance.review.api.assignment;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.common.problem.ProblemException;
import org.alliance.review.api.ReviewOffice;
import org.alliance.review.domain.Expert;
import org.alliance.review.domain.assignment.AssignmentService;
import org.alliance.review.domain.assignment.CaseAssignment;
import org.alliance.review.domain.assignment.ExpertAssignment;
import org.alliance.review.repository.assignment.AssignmentRows;
import org.alliance.review.repository.assignment.CaseRows;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Why a case's experts were chosen and others excluded, and an expert's decline. */
@Path("/api/v1/reviews/{caseId}/assignment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    public record CaseSummary(UUID caseId, List<UUID> experts, int conflicts, int missing) {
    }

    public record Chosen(UUID expertId, String name, String status, int relevance, List<String> relevanceTerms, int loadBefore,
            String declinedReason) {
    }

    public record Excluded(UUID expertId, String name, String reasonCode, String reason) {
    }

    public record Explanation(UUID caseId, UUID callId, int expertsPerCase, List<Chosen> experts, List<Excluded> excluded) {
    }

    public record Decline(@NotBlank @Size(max = 500) String reason) {
    }

    @Inject
    Caller caller;

    @Inject
    AssignmentService assignments;

    @Inject
    AssignmentRows rows;

    @Inject
    CaseRows cases;

    @GET
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.OPERATOR})
    @WithSession
    @Operation(summary = "Why each expert was chosen and why each excluded one was not",
            description = "Chosen experts with the relevance terms and their load in the call before the case (declined ones with the "
                    + "reason); experts excluded by a conflict of interest with the reason code and text.")
    public Uni<Explanation> explain(@PathParam("caseId") UUID caseId) {
        ReviewOffice.require(caller);
        return cases.find(caseId).chain(c -> {
            if (c == null || !caller.sees(c.regionCode())) {
                throw ProblemException.notFound("review case", caseId);
            }
            return ExpertAssignment.<ExpertAssignment>list("caseId = ?1 order by assignedAt, relevance desc, expertId", caseId)
                    .chain(chosen -> names(chosen.stream().map(a -> a.expertId).toList()).chain(names -> rows.exclusions(caseId)
                            .chain(excluded -> AssignmentService.rubricOf(c.callId()).map(rubric -> new Explanation(caseId, c.callId(),
                                    rubric.expertsPerCase,
                                    chosen.stream().map(a -> new Chosen(a.expertId, names.get(a.expertId), a.status.name(), a.relevance,
                                            a.relevanceTerms, a.loadBefore, a.declinedReason)).toList(),
                                    excluded.stream().map(x -> new Excluded((UUID) x[0], (String) x[1], (String) x[2], (String) x[3]))
                                            .toList())))));
        });
    }

    @POST
    @Path("decline")
    @RolesAllowed(Roles.REVIEWER)
    @WithTransaction
    @Operation(summary = "The calling expert declines a case assigned to them",
            description = "With a reason; the case is reassigned to another expert at once (never one who declined it). 404 when the "
                    + "case is not assigned to the expert, 409 once they scored it. Answers the case's assignment.")
    public Uni<CaseSummary> decline(@PathParam("caseId") UUID caseId, @Valid @NotNull Decline request) {
        UUID expert = caller.requireExpertId();
        return assignments.decline(caseId, expert, request.reason())
                .chain(replacement -> ExpertAssignment.<ExpertAssignment>list("caseId = ?1 and status = ?2 order by expertId", caseId,
                        ExpertAssignment.Status.ASSIGNED).map(on -> new CaseSummary(caseId, on.stream().map(a -> a.expertId).toList(),
                                replacement.conflicts().size(), replacement.missing())));
    }

    private static Uni<Map<UUID, String>> names(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Expert.<Expert>list("id in ?1", ids).map(experts -> {
            Map<UUID, String> names = new HashMap<>();
            experts.forEach(e -> names.put(e.id, e.name));
            return names;
        });
    }
}
