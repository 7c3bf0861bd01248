package org.alliance.events.application;

import java.time.Instant;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * A union amended an application the review side returned for changes; it met every rule again.
 * Version 2: the kind may be OUTSTANDING_ACHIEVEMENT, which v1 forbids. It carries the achievement
 * part.
 */
@EventType("application.amended.v2")
public record ApplicationAmendedV2(UUID applicationId, UUID callId, int callYear, String kind, String regionCode,
        UUID studioId, String enterpriseName, PatentPart patent, ProjectPart project, AchievementPart achievement, long version,
        Instant amendedAt) implements EventPayload {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
