package org.alliance.events.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** The city union accepted (or failed) a project's completion; acceptance lifts its studio's bar. */
@EventType("project.completed.v1")
public record ProjectCompleted(UUID projectId, UUID applicationId, UUID callId, UUID studioId, String verdict, String reason,
        LocalDate acceptedOn, boolean studioMayApply, Instant decidedAt) implements EventPayload {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
