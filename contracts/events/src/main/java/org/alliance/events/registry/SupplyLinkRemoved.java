package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.alliance.events.EventType;

/** A supply link was removed (`active` false). The data is the link's full state, as it is after the change. */
@EventType("supply-link.removed.v1")
public record SupplyLinkRemoved(SupplyLinkState state) implements SupplyLinkEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SupplyLinkRemoved {
    }

    @JsonValue
    @Override
    public SupplyLinkState state() {
        return state;
    }
}
