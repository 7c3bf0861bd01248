package org.alliance.events.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** The issuing union closed a call's window before its last day (提前截止): no application is taken from {@code closedAt}. */
@EventType("call.closed.v1")
public record CallClosed(UUID callId, String issuingRegion, LocalDate closesOn, Instant closedAt, String closedBy,
        String reason) implements EventPayload {

    @Override
    public String subject() {
        return callId.toString();
    }
}
