package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.alliance.events.EventType;

/** A studio was registered. The data is the studio's full state, as it is after the change. */
@EventType("studio.registered.v1")
public record StudioRegistered(StudioState state) implements StudioEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StudioRegistered {
    }

    @JsonValue
    @Override
    public StudioState state() {
        return state;
    }
}
