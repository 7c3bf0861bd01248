package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.alliance.events.EventType;

/** An enterprise changed. The data is the enterprise's full state, as it is after the change. */
@EventType("enterprise.updated.v1")
public record EnterpriseUpdated(EnterpriseState state) implements EnterpriseEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EnterpriseUpdated {
    }

    @JsonValue
    @Override
    public EnterpriseState state() {
        return state;
    }
}
