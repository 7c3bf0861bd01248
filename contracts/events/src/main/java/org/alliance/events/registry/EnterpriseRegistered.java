package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.alliance.events.EventType;

/** An enterprise was registered. The data is the enterprise's full state, as it is after the change. */
@EventType("enterprise.registered.v1")
public record EnterpriseRegistered(EnterpriseState state) implements EnterpriseEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EnterpriseRegistered {
    }

    @JsonValue
    @Override
    public EnterpriseState state() {
        return state;
    }
}
