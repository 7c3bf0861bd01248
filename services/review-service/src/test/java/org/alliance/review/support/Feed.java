package org.alliance.review.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.alliance.testing.ProjectRoot;
import org.alliance.testing.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes other services' events as their relays do (CloudEvents binary mode, JSON value, key = subject). */
public final class Feed {

    public static final String CALL_TOPIC = "alliance.application.call";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Feed() {
    }

    /** The first example of the type's schema, for a test to vary. */
    public static ObjectNode example(String type) {
        try {
            var schema = JSON.readTree(Files.readString(ProjectRoot.find().resolve("contracts/events/schemas/" + type + ".json")));
            return (ObjectNode) schema.path("examples").get(0).deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code data} as one event with a new id; answers the id. */
    public static String send(String topic, String type, String source, String key, ObjectNode data) {
        return send(topic, type, source, key, data, UUID.randomUUID().toString());
    }

    public static String send(String topic, String type, String source, String key, ObjectNode data, String eventId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, key, data.toString().getBytes(StandardCharsets.UTF_8));
            Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", source,
                    "ce_type", "org.alliance." + type, "ce_subject", key, "ce_time", Instant.now().toString(),
                    "content-type", "application/json")
                    .forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(r).get(30, TimeUnit.SECONDS);
            return eventId;
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type, e);
        }
    }

    /** A published call's event data: the schema's example (Beijing's 2021 project call) under a new id. */
    public static ObjectNode call(UUID callId) {
        ObjectNode call = example("call.published.v1");
        call.put("callId", callId.toString());
        return call;
    }

    public static void publishCall(ObjectNode call) {
        send(CALL_TOPIC, "call.published.v1", "/alliance/application-service", call.path("callId").asText(), call);
    }
}
