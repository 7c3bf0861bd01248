package org.alliance.events.review;

import java.time.Instant;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * A union returned a review case for changes (退回修改); it resumes at that level once the application is
 * amended. Version 2: the kind may be OUTSTANDING_ACHIEVEMENT, which v1 forbids.
 */
@EventType("review.returned.v2")
public record ReviewReturnedV2(UUID caseId, UUID applicationId, UUID callId, String kind, String regionCode, UUID studioId,
        String level, String unionName, String actor, String reason, Instant returnedAt) implements EventPayload {

    @Override
    public String subject() {
        return caseId.toString();
    }
}
