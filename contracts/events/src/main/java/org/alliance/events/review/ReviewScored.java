package org.alliance.events.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * An expert's scores of a case (version 1) or a correction (the next version), with the case's standing after it:
 * experts scored, complete, and flagged for panel discussion when the spread exceeds the call's threshold.
 */
@EventType("review.scored.v1")
public record ReviewScored(UUID caseId, UUID applicationId, UUID callId, UUID expertId, int version, List<Points> items,
        BigDecimal total, String note, BigDecimal aggregateScore, int expertsScored, boolean complete, boolean flagged,
        Instant submittedAt) implements EventPayload {

    /** The points given for one criterion of the call's rubric. */
    public record Points(String criterion, BigDecimal points) {
    }

    @Override
    public String subject() {
        return caseId.toString();
    }
}
