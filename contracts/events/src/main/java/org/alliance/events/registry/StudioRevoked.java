package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.alliance.events.EventType;

/** A studio's accreditation was revoked (撤销). The data is the studio's full state, as it is after the change. */
@EventType("studio.revoked.v1")
public record StudioRevoked(StudioState state) implements StudioEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StudioRevoked {
    }

    @JsonValue
    @Override
    public StudioState state() {
        return state;
    }
}
