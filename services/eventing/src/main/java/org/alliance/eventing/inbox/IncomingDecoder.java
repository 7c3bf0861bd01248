package org.alliance.eventing.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.util.List;
import org.alliance.eventing.IncomingEvent;
import org.alliance.eventing.contract.EventSchemas;
import org.alliance.eventing.contract.UnknownEventTypeException;
import org.alliance.eventing.relay.CloudEventRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a Kafka record as a CloudEvent (binary or structured mode), parses its JSON data and checks
 * it against the schema of its type. Anything that fails here fails the same way on every retry, so
 * it goes straight to the dead-letter topic.
 */
final class IncomingDecoder {

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final EventSchemas schemas;

    IncomingDecoder(EventSchemas schemas) {
        this.schemas = schemas;
    }

    Decoded decode(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            return new Decoded.Rejected("undeserializable", "not a CloudEvent: " + e.getMessage());
        }
        if (!event.getType().startsWith(CloudEventRecords.TYPE_PREFIX)) {
            return new Decoded.Rejected("unknown-type", "type " + event.getType() + " is not an alliance event");
        }
        String type = event.getType().substring(CloudEventRecords.TYPE_PREFIX.length());
        JsonNode data;
        try {
            data = event.getData() == null ? null : json.readTree(event.getData().toBytes());
        } catch (IOException e) {
            return new Decoded.Rejected("malformed-json", "data is not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (data == null || data.isMissingNode()) {
            return new Decoded.Rejected("malformed-json", "the event carries no data");
        }
        List<String> violations;
        try {
            violations = schemas.forType(type).violations(data);
        } catch (UnknownEventTypeException e) {
            return new Decoded.Rejected("unknown-type", e.getMessage());
        }
        if (!violations.isEmpty()) {
            return new Decoded.Rejected("schema-invalid", type + ": " + String.join("; ", violations));
        }
        IncomingEvent incoming = new IncomingEvent(event.getId(), type, event.getSource().toString(), event.getSubject(),
                event.getTime(), data, record.topic(), record.partition(), record.offset());
        return new Decoded.Event(incoming, extension(event, CloudEventRecords.TRACEPARENT),
                extension(event, CloudEventRecords.TRACESTATE));
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }
}
