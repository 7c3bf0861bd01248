package org.alliance.eventing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;

/**
 * A CloudEvent read from Kafka, already checked against its JSON Schema.
 *
 * @param type the versioned event name without the {@code org.alliance.} prefix, e.g. {@code studio.registered.v1}
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
        JsonNode data, String topic, int partition, long offset) {

    /** Ignores fields the reader does not know: a producer may add optional fields within a version. */
    private static final ObjectMapper TOLERANT = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    /** The data as {@code type}, ignoring unknown fields (the service's own mapper rejects them). */
    public <T> T dataAs(Class<T> type) {
        return TOLERANT.convertValue(data, type);
    }
}
