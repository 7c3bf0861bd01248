package org.alliance.review.api.assignment;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.alliance.review.api.ReviewOffice;
import org.alliance.review.api.assignment.AssignmentResource.CaseSummary;
import org.alliance.review.domain.assignment.AssignmentService;
import org.alliance.review.domain.assignment.CaseAssignment;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The review office assigns experts to a call's signed-off project cases. */
@Path("/api/v1/review-calls/{callId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentRunResource {

    public record RunView(UUID callId, int expertsPerCase, int casesAssigned, int placesUnfilled, List<UUID> waitingForEnterprise,
            List<CaseSummary> cases) {
    }

    @Inject
    Caller caller;

    @Inject
    AssignmentService assignments;

    @POST
    @RolesAllowed({Roles.UNION, Roles.COORDINATOR, Roles.OPERATOR})
    @WithTransaction
    @Operation(summary = "Assign experts to the call's signed-off project cases",
            description = "Each signed-off project case without experts (within a CITY union's region) gets the call's N experts, "
                    + "conflicts of interest excluded. Running it again assigns only cases signed off since.")
    public Uni<RunView> run(@PathParam("callId") UUID callId) {
        ReviewOffice.require(caller);
        return assignments.run(callId, caller::sees, caller.name()).map(run -> {
            int unfilled = run.assigned().stream().mapToInt(CaseAssignment::missing).sum();
            List<CaseSummary> summary = run.assigned().stream().map(a -> new CaseSummary(a.caseId(),
                    a.chosen().stream().map(CaseAssignment.Choice::expertId).toList(), a.conflicts().size(), a.missing())).toList();
            return new RunView(callId, run.expertsPerCase(), run.assigned().size(), unfilled, run.waitingForEnterprise(), summary);
        });
    }

}
