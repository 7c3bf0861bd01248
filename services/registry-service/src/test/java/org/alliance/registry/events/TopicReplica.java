package org.alliance.registry.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A replica of one entity built from a topic alone, as a new consumer would: read every partition
 * from the beginning to its end, keep the newest state (highest version) per record key.
 */
final class TopicReplica {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Newest state per key; each state carries the event type under "_type" for the checks. */
    final Map<String, ObjectNode> states = new HashMap<>();
    final List<String> problems = new ArrayList<>();

    static TopicReplica read(String bootstrap, String topic, String idField) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "registry-rebuild-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        TopicReplica replica = new TopicReplica();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    replica.apply(record, idField);
                }
            }
        }
        return replica;
    }

    private void apply(ConsumerRecord<String, byte[]> record, String idField) {
        try {
            ObjectNode state = (ObjectNode) JSON.readTree(record.value());
            String type = header(record, "ce_type");
            String subject = header(record, "ce_subject");
            if (!record.key().equals(state.path(idField).asText()) || !record.key().equals(subject)) {
                problems.add(record.topic() + "@" + record.offset() + ": key " + record.key() + ", subject " + subject
                        + " and " + idField + " " + state.path(idField).asText() + " differ");
            }
            state.put("_type", type);
            ObjectNode known = states.get(record.key());
            if (known == null || known.path("version").asLong() < state.path("version").asLong()) {
                states.put(record.key(), state);
            } else if (known.path("version").asLong() == state.path("version").asLong() && !sameState(known, state)) {
                problems.add(record.key() + " has two different states at version " + state.path("version").asLong());
            }
        } catch (java.io.IOException e) {
            problems.add(record.topic() + "@" + record.offset() + " is not JSON: " + e.getMessage());
        }
    }

    private static boolean sameState(JsonNode a, JsonNode b) {
        ObjectNode x = a.deepCopy();
        ObjectNode y = b.deepCopy();
        x.remove("_type");
        y.remove("_type");
        return x.equals(y);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
