package org.alliance.events.matching;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** One side ({@code side} NEED or STUDIO) declined a proposed match. */
@EventType("match.declined.v1")
public record MatchDeclined(UUID matchId, UUID needId, UUID studioId, String needRegionCode, String studioRegionCode,
        String status, String side, String reason, String decidedBy, OffsetDateTime declinedAt) implements EventPayload {

    @Override
    public String subject() {
        return matchId.toString();
    }
}
