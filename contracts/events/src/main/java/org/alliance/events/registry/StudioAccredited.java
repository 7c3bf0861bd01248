package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.alliance.events.EventType;

/** A studio was accredited (认定) at a tier. The data is the studio's full state, as it is after the change. */
@EventType("studio.accredited.v1")
public record StudioAccredited(StudioState state) implements StudioEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StudioAccredited {
    }

    @JsonValue
    @Override
    public StudioState state() {
        return state;
    }
}
