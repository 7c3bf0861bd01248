package org.alliance.events.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** A studio joined an alliance; carries the alliance's full state after the join. */
@EventType("alliance.member-added.v1")
public record AllianceMemberAdded(UUID allianceId, String name, String kind, String coordinatorName, String description,
        List<AllianceMember> members, long version, OffsetDateTime updatedAt, UUID studioId, UUID viaMatchId,
        String addedBy) implements EventPayload {

    @Override
    public String subject() {
        return allianceId.toString();
    }
}
