package org.alliance.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the test broker from the beginning with a plain Kafka consumer of its own (a new
 * group each time, committed records only), as a new consumer in another service would, and decodes
 * CloudEvents records in the Kafka binary mode the relay writes: {@code ce_*} headers, JSON value.
 */
public final class TopicReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE_PREFIX = "org.alliance.";

    /** A CloudEvents record: its type without the {@code org.alliance.} prefix, and its JSON data. */
    public record Event(String id, String type, String subject, String key, JsonNode data,
            ConsumerRecord<String, byte[]> record) {
    }

    private TopicReader() {
    }

    /** Reads until {@code done} holds for what was read so far, or the timeout passes; answers what was read. */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = assignFromStart(consumer, topic, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!partitions.isEmpty() && !done.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Every record on the topic now: reads each partition up to the end it had when the read began. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = assignFromStart(consumer, topic, Duration.ofSeconds(30));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // positions, not counts: transaction markers take offsets but are never returned
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The CloudEvents about {@code subject} on the topic now (see {@link #readAll}). */
    public static List<Event> events(String topic, String subject) {
        return readAll(topic).stream().map(TopicReader::event).filter(e -> subject.equals(e.subject())).toList();
    }

    /** Reads until {@code done} holds for the CloudEvents about {@code subject} read so far, or the timeout passes. */
    public static List<Event> eventsUntil(String topic, String subject, Duration timeout, Predicate<List<Event>> done) {
        return eventsUntil(topic, e -> subject.equals(e.subject()), timeout, done);
    }

    /** Reads until {@code done} holds for the CloudEvents {@code which} selects, or the timeout passes. */
    public static List<Event> eventsUntil(String topic, Predicate<Event> which, Duration timeout, Predicate<List<Event>> done) {
        List<Event> selected = new ArrayList<>();
        int[] decoded = {0};
        readUntil(topic, timeout, records -> {
            for (; decoded[0] < records.size(); decoded[0]++) {
                Event e = event(records.get(decoded[0]));
                if (which.test(e)) {
                    selected.add(e);
                }
            }
            return done.test(selected);
        });
        return selected;
    }

    /** The CloudEvents about {@code subject} on {@code topic}, once at least {@code count} of them arrived. */
    public static List<Event> awaitEvents(String topic, String subject, int count) {
        List<Event> found = eventsUntil(topic, subject, Duration.ofSeconds(30), l -> l.size() >= count);
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " events about " + subject + " on " + topic + ", found " + found);
        }
        return found;
    }

    public static Event event(ConsumerRecord<String, byte[]> record) {
        String type = header(record, "ce_type");
        try {
            return new Event(header(record, "ce_id"), type != null && type.startsWith(TYPE_PREFIX)
                    ? type.substring(TYPE_PREFIX.length()) : type, header(record, "ce_subject"), record.key(),
                    record.value() == null ? null : JSON.readTree(record.value()), record);
        } catch (IOException e) {
            throw new AssertionError(record.topic() + "@" + record.offset() + " is not JSON: " + e.getMessage(), e);
        }
    }

    public static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer, topic, Duration.ofSeconds(10)));
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> assignFromStart(KafkaConsumer<String, byte[]> consumer, String topic,
            Duration timeout) {
        List<TopicPartition> partitions = partitions(consumer, topic, timeout);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    /** The topic's partitions, waiting for its metadata: services create their topics as they start. */
    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && System.nanoTime() < deadline) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
        }
        return partitions;
    }
}
