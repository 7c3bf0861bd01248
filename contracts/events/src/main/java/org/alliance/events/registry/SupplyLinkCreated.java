package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.alliance.events.EventType;

/** An upstream enterprise was linked to a downstream one. The data is the link's full state, as it is after the change. */
@EventType("supply-link.created.v1")
public record SupplyLinkCreated(SupplyLinkState state) implements SupplyLinkEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SupplyLinkCreated {
    }

    @JsonValue
    @Override
    public SupplyLinkState state() {
        return state;
    }
}
