package org.alliance.events.application;

import java.time.Instant;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** A union amended an application the review side returned for changes; it met every rule again. */
@EventType("application.amended.v1")
public record ApplicationAmended(UUID applicationId, UUID callId, int callYear, String kind, String regionCode,
        UUID studioId, String enterpriseName, PatentPart patent, ProjectPart project, long version,
        Instant amendedAt) implements EventPayload {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
