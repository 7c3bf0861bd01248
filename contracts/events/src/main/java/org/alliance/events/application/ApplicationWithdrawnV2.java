package org.alliance.events.application;

import java.time.Instant;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * A union withdrew a submitted or returned application; it counts towards no limit any more. Version
 * 2: the kind may be OUTSTANDING_ACHIEVEMENT, which v1 forbids.
 */
@EventType("application.withdrawn.v2")
public record ApplicationWithdrawnV2(UUID applicationId, UUID callId, String kind, String regionCode, UUID studioId,
        Instant withdrawnAt) implements EventPayload {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
