package org.alliance.events.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** A project boost application was funded: its project starts, due for completion acceptance on {@code dueOn}. */
@EventType("project.funded.v1")
public record ProjectFunded(UUID projectId, UUID applicationId, UUID callId, UUID studioId, String regionCode, String title,
        String grade, long amountRmb, LocalDate approvedOn, LocalDate dueOn, Instant fundedAt) implements EventPayload {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
