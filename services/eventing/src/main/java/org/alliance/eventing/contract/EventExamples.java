package org.alliance.eventing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.IncomingEvent;

/**
 * The examples kept in a type's schema, as the events a handler receives: consumer-side tests feed
 * these to their handlers, so a consumer is tested against what the contract promises, not against
 * data its own author made up.
 */
public final class EventExamples {

    private EventExamples() {
    }

    /**
     * @param subjectField the data field holding the aggregate id, e.g. {@code outcomeId}
     */
    public static List<IncomingEvent> incoming(String type, String topic, String subjectField) {
        List<IncomingEvent> events = new ArrayList<>();
        List<JsonNode> examples = EventSchemas.classpath().forType(type).examples();
        for (int i = 0; i < examples.size(); i++) {
            JsonNode data = examples.get(i);
            events.add(new IncomingEvent(UUID.randomUUID().toString(), type, "/alliance/contract-examples",
                    data.path(subjectField).asText(), OffsetDateTime.now(), data, topic, 0, i));
        }
        return events;
    }
}
