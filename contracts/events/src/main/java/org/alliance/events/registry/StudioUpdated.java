package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.alliance.events.EventType;

/** A studio changed. The data is the studio's full state, as it is after the change. */
@EventType("studio.updated.v1")
public record StudioUpdated(StudioState state) implements StudioEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StudioUpdated {
    }

    @JsonValue
    @Override
    public StudioState state() {
        return state;
    }
}
