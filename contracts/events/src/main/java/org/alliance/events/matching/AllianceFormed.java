package org.alliance.events.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** An alliance (联盟) of studios was formed; carries its full state. */
@EventType("alliance.formed.v1")
public record AllianceFormed(UUID allianceId, String name, String kind, String coordinatorName, String description,
        List<AllianceMember> members, long version, OffsetDateTime updatedAt, UUID fromMatchId, String formedBy)
        implements EventPayload {

    @Override
    public String subject() {
        return allianceId.toString();
    }
}
