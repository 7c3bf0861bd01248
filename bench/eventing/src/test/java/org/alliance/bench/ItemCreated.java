package org.alliance.bench;

import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** The data of a bench.item-created.v1 event. */
@EventType("bench.item-created.v1")
public record ItemCreated(UUID itemId, long seq) implements EventPayload {

    @Override
    public String subject() {
        return itemId.toString();
    }
}
