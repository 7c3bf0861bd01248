package org.alliance.eventing.relay;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns an outbox row into a Kafka record in the CloudEvents 1.0 Kafka protocol binding, binary mode:
 * the attributes travel as {@code ce_*} headers and the value is the event's JSON data, so a consumer
 * without the CloudEvents SDK still reads plain UTF-8 JSON. The key is the subject (aggregate id).
 */
public final class CloudEventRecords {

    /** The CloudEvents type of every event is this prefix followed by the versioned event name. */
    public static final String TYPE_PREFIX = "org.alliance.";
    public static final String RELAY_HEADER = "alliance-relay";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private CloudEventRecords() {
    }

    static ProducerRecord<String, byte[]> toRecord(OutboxRow row, String relayInstance) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(row.id().toString())
                .withSource(URI.create(row.source()))
                .withType(TYPE_PREFIX + row.type())
                .withSubject(row.subject())
                .withTime(row.createdAt())
                .withDataSchema(URI.create(row.dataschema()))
                .withData("application/json", row.payload().getBytes(StandardCharsets.UTF_8));
        if (row.traceparent() != null) {
            // the CloudEvents distributed-tracing extension, read by CloudEvents-aware consumers
            builder.withExtension(TRACEPARENT, row.traceparent());
            if (row.tracestate() != null) {
                builder.withExtension(TRACESTATE, row.tracestate());
            }
        }
        CloudEvent event = builder.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(row.topic(), row.subject()).writeBinary(event);
        if (row.traceparent() != null) {
            // the plain W3C header, as OpenTelemetry's Kafka instrumentation reads it
            record.headers().add(TRACEPARENT, row.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        record.headers().add(RELAY_HEADER, relayInstance.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
