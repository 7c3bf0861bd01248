package org.alliance.events.review;

import java.time.Instant;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** The city union's funding decision on an application: FUNDED with grade and amount, or NOT_FUNDED. */
@EventType("application.decided.v1")
public record ApplicationDecided(UUID applicationId, UUID callId, UUID studioId, String decision, String grade,
        Long amountRmb, String reason, Instant decidedAt) implements EventPayload {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
