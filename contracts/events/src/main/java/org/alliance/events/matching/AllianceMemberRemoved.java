package org.alliance.events.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** A studio left an alliance; carries the alliance's full state after it left. */
@EventType("alliance.member-removed.v1")
public record AllianceMemberRemoved(UUID allianceId, String name, String kind, String coordinatorName,
        String description, List<AllianceMember> members, long version, OffsetDateTime updatedAt, UUID studioId,
        String reason, String removedBy) implements EventPayload {

    @Override
    public String subject() {
        return allianceId.toString();
    }
}
