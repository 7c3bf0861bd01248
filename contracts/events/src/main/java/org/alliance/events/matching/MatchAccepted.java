package org.alliance.events.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** Both sides accepted a proposed match; {@code decisions} oldest first. */
@EventType("match.accepted.v1")
public record MatchAccepted(UUID matchId, UUID needId, UUID studioId, String needRegionCode, String studioRegionCode,
        String status, List<Decision> decisions, OffsetDateTime acceptedAt) implements EventPayload {

    /** One side's acceptance; {@code side} NEED or STUDIO. */
    public record Decision(String side, String decision, String reason, String decidedBy, OffsetDateTime decidedAt) {
    }

    @Override
    public String subject() {
        return matchId.toString();
    }
}
