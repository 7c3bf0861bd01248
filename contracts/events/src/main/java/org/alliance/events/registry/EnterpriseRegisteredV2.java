package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.alliance.events.EventType;

/** An enterprise was registered, as published since enterprises have groups. The data is its full state, its group included. */
@EventType("enterprise.registered.v2")
public record EnterpriseRegisteredV2(EnterpriseStateV2 data) implements EnterpriseEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EnterpriseRegisteredV2 {
    }

    @JsonValue
    public EnterpriseStateV2 data() {
        return data;
    }

    @Override
    public EnterpriseState state() {
        return data.withoutGroup();
    }

    @Override
    public UUID groupEnterpriseId() {
        return data.groupEnterpriseId();
    }
}
