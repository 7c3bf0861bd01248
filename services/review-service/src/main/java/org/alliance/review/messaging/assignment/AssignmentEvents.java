package org.alliance.review.messaging.assignment;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.events.review.ExpertAssigned;
import org.alliance.review.domain.assignment.ExpertAssignment;

/**
 * Records one {@code review.expert-assigned.v1} per expert put on a case, in the transaction that wrote the
 * assignment rows, on the case's own topic beside its sign-off steps.
 */
@ApplicationScoped
public class AssignmentEvents {

    @Inject
    Outbox outbox;

    /** {@code replacing}: the declined row this assignment fills in for, or null for a run. */
    public Uni<Void> assigned(List<ExpertAssignment> chosen, Map<UUID, UUID> applicationOfCase,
            ExpertAssignment replacing) {
        return outbox.recordAll(chosen.stream().map(a -> new ExpertAssigned(a.caseId, applicationOfCase.get(a.caseId), a.callId,
                a.expertId, a.relevance, a.relevanceTerms, a.loadBefore, a.assignedBy, replacing == null ? null : replacing.expertId,
                replacing == null ? null : replacing.declinedReason, a.assignedAt.toInstant())).toList());
    }
}
