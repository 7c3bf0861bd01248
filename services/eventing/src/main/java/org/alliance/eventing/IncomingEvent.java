package org.alliance.eventing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvent read from Kafka, already checked against its JSON Schema.
 *
 * @param type the versioned event name without the {@code org.alliance.} prefix, e.g. {@code studio.registered.v1}
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
        JsonNode data, String topic, int partition, long offset) {
}
