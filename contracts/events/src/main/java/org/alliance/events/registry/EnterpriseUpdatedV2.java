package org.alliance.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.alliance.events.EventType;

/** An enterprise changed, as published since enterprises have groups. The data is its full state, its group included. */
@EventType("enterprise.updated.v2")
public record EnterpriseUpdatedV2(EnterpriseStateV2 data) implements EnterpriseEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EnterpriseUpdatedV2 {
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
