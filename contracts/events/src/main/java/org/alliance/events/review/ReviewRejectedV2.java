package org.alliance.events.review;

import java.time.Instant;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * A union rejected a review case at its level: final; the application is decided not funded. Version
 * 2: the kind may be OUTSTANDING_ACHIEVEMENT, which v1 forbids.
 */
@EventType("review.rejected.v2")
public record ReviewRejectedV2(UUID caseId, UUID applicationId, UUID callId, String kind, String regionCode, UUID studioId,
        String level, String unionName, String actor, String reason, Instant rejectedAt) implements EventPayload {

    @Override
    public String subject() {
        return caseId.toString();
    }
}
