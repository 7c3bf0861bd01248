package org.alliance.eventing.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/** The data of a test.counted.v1 event; the test application records it on topics of each test's own. */
@EventType("test.counted.v1")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counted(String subject, int seq, String note) implements EventPayload {
}
