package org.alliance.events.review;

import java.time.Instant;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** The review side returned an application to its union for changes (退回修改). */
@EventType("application.returned.v1")
public record ApplicationReturned(UUID applicationId, UUID callId, String reason, Instant returnedAt) implements EventPayload {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
