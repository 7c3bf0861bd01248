package org.alliance.events.application;

import java.time.Instant;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * A union submitted an application that met every eligibility rule of its call; the review side starts
 * here. Version 2: the kind may be OUTSTANDING_ACHIEVEMENT, which v1 forbids. It carries the
 * achievement part.
 */
@EventType("application.submitted.v2")
public record ApplicationSubmittedV2(UUID applicationId, UUID callId, int callYear, String kind, String regionCode,
        UUID studioId, String enterpriseName, PatentPart patent, ProjectPart project, AchievementPart achievement, long version,
        Instant submittedAt) implements EventPayload {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
