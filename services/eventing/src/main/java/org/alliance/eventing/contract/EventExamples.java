package org.alliance.eventing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.IncomingEvent;
import org.alliance.events.EventPayload;

/**
 * The examples kept in a type's schema, as the events a handler receives: consumer-side tests feed
 * these to their handlers, so a consumer is tested against what the contract promises, not against
 * data its own author made up.
 */
public final class EventExamples {

    private EventExamples() {
    }

    /** The examples of {@code payload}'s type, on its channel's topic, each with its payload's subject. */
    public static List<IncomingEvent> incoming(Class<? extends EventPayload> payload) {
        String type = DomainEvent.typeOf(payload);
        String topic = EventChannels.classpath().topicOf(type);
        List<IncomingEvent> events = new ArrayList<>();
        List<JsonNode> examples = EventSchemas.classpath().forType(type).examples();
        for (int i = 0; i < examples.size(); i++) {
            JsonNode data = examples.get(i);
            IncomingEvent unnamed = event(type, topic, null, data, i);
            events.add(event(type, topic, unnamed.dataAs(payload).subject(), data, i));
        }
        return events;
    }

    private static IncomingEvent event(String type, String topic, String subject, JsonNode data, int offset) {
        return new IncomingEvent(UUID.randomUUID().toString(), type, "/alliance/contract-examples", subject,
                OffsetDateTime.now(), data, topic, 0, offset);
    }
}
