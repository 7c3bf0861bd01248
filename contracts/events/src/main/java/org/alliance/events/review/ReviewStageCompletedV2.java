package org.alliance.events.review;

import java.time.Instant;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * A union approved and stamped (审核盖章) a review case at its level; {@code nextStage} is where the case
 * stands now. Version 2: the kind may be OUTSTANDING_ACHIEVEMENT, which v1 forbids.
 */
@EventType("review.stage-completed.v2")
public record ReviewStageCompletedV2(UUID caseId, UUID applicationId, UUID callId, String kind, String regionCode, UUID studioId,
        String level, String unionName, String actor, String nextStage, Instant signedAt) implements EventPayload {

    @Override
    public String subject() {
        return caseId.toString();
    }
}
