package org.alliance.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes another service's events onto the test broker as its relay would (CloudEvents binary
 * mode, JSON value, key = subject), starting from the examples of the types' own schemas so that
 * they pass the inbox's validation; and creates the topics their owners would create.
 */
public final class EventFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventFeed() {
    }

    /** Creates {@code topic} (3 partitions) unless it exists: compacted like the registry's, or deleting. */
    public static void topic(String topic, boolean compacted) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                    compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE))))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the first example of {@code type}'s schema (contracts/events/schemas), e.g. {@code studio.accredited.v1}. */
    public static ObjectNode example(String type) {
        try {
            var schema = JSON.readTree(Files.readString(ProjectRoot.find().resolve("contracts/events/schemas/" + type + ".json")));
            return (ObjectNode) schema.path("examples").get(0).deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes {@code data} as a {@code type} event of {@code service} (e.g. registry-service) with a fresh id; answers the id. */
    public static String send(String topic, String type, String service, String key, ObjectNode data) {
        return send(topic, type, service, key, data, UUID.randomUUID().toString());
    }

    /** Publishes {@code data} under a given event id: a redelivery or replay of an event sent before. */
    public static String send(String topic, String type, String service, String key, ObjectNode data, String id) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, key, data.toString().getBytes(StandardCharsets.UTF_8));
            Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/alliance/" + service,
                    "ce_type", "org.alliance." + type, "ce_subject", key, "ce_time", Instant.now().toString(),
                    "content-type", "application/json")
                    .forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(r).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type, e);
        }
        return id;
    }
}
