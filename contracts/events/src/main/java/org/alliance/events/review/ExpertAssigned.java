package org.alliance.events.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * An expert was assigned to a case for expert review, by a run or in place of an expert who declined
 * ({@code replacedExpertId} and {@code declineReason}, both null for a run).
 */
@EventType("review.expert-assigned.v1")
public record ExpertAssigned(UUID caseId, UUID applicationId, UUID callId, UUID expertId, int relevance, List<String> relevanceTerms,
        int loadBefore, String assignedBy, UUID replacedExpertId, String declineReason, Instant assignedAt) implements EventPayload {

    @Override
    public String subject() {
        return caseId.toString();
    }
}
