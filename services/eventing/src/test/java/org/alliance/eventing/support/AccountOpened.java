package org.alliance.eventing.support;

import java.util.UUID;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** The data of a test.account-opened.v1 event. */
@EventType("test.account-opened.v1")
public record AccountOpened(UUID accountId, String owner, long balance) implements EventPayload {

    @Override
    public String subject() {
        return accountId.toString();
    }
}
