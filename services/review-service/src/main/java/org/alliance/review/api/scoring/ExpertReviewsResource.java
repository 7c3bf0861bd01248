package org.alliance.review.api.scoring;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.alliance.review.repository.assignment.CaseRows;
import org.alliance.security.Caller;
import org.alliance.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What an expert is asked to review: the cases assigned to them, and nothing else. */
@Path("/api/v1/expert-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertReviewsResource {

    public record AssignedCase(UUID caseId, UUID callId, String regionCode, String title, String industryDivision, String kind,
            String status, int scoredVersion) {
    }

    @Inject
    Caller caller;

    @Inject
    CaseRows cases;

    @GET
    @RolesAllowed(Roles.REVIEWER)
    @WithSession
    @Operation(summary = "The cases assigned to the calling expert", description = "Only the cases assigned to the expert the token names.")
    public Uni<List<AssignedCase>> mine() {
        return cases.assignedTo(caller.requireExpertId()).map(rows -> rows.stream().map(r -> {
            CaseRows.CaseFacts c = CaseRows.facts(r);
            return new AssignedCase(c.id(), c.callId(), c.regionCode(), c.title(), c.industryDivision(), c.kind(), c.status(),
                    ((Number) r[7]).intValue());
        }).toList());
    }

}
