package org.alliance.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A Kafka record exactly as one service's relay wrote it, kept in
 * {@code contracts/events/recorded/<type>.json} (topic, key, every header, the JSON value), so that a
 * consuming service's test can feed the producer's real record to its own consumer without either
 * service using the other's code. The producing service's test holds its live record to the
 * recording's shape ({@link #assertSameShape}) and rewrites the file with {@code -Devents.record=true};
 * the consuming service's test replays it ({@link #replay}). A drift on the producer's side therefore
 * fails the producer's test until the recording is rewritten, and the rewritten recording fails the
 * consumer's test if the consumer cannot apply it.
 */
public record RecordedEvent(String topic, String key, Map<String, String> headers, JsonNode value) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Headers whose values are the same for every record of a type; the others (ids, times, traces) vary. */
    private static final List<String> FIXED = List.of("ce_specversion", "ce_source", "ce_type", "ce_dataschema", "content-type");

    public static Path file(String type) {
        return ProjectRoot.find().resolve("contracts/events/recorded/" + type + ".json");
    }

    public static RecordedEvent of(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new TreeMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        try {
            return new RecordedEvent(record.topic(), record.key(), headers, JSON.readTree(record.value()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RecordedEvent read(String type) {
        try {
            JsonNode node = JSON.readTree(Files.readString(file(type)));
            Map<String, String> headers = new TreeMap<>();
            node.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
            return new RecordedEvent(node.path("topic").asText(), node.path("key").asText(), headers, node.path("value"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The producer's side: with {@code -Devents.record=true} writes this live record as the recording
     * of {@code type}; otherwise fails unless it has the recording's shape: the same topic, the same
     * header names with the same fixed values, and a value with the same field names and JSON kinds at
     * every depth.
     */
    public void assertMatchesRecording(String type) {
        if (Boolean.getBoolean("events.record")) {
            write(type);
            return;
        }
        if (!Files.exists(file(type))) {
            throw new AssertionError("no recording " + file(type) + "; write it with -Devents.record=true");
        }
        assertSameShape(read(type));
    }

    public void assertSameShape(RecordedEvent recording) {
        List<String> drift = new ArrayList<>();
        if (!topic.equals(recording.topic)) {
            drift.add("topic " + topic + " instead of " + recording.topic);
        }
        if (!headers.keySet().equals(recording.headers.keySet())) {
            drift.add("headers " + headers.keySet() + " instead of " + recording.headers.keySet());
        }
        for (String name : FIXED) {
            if (!String.valueOf(headers.get(name)).equals(String.valueOf(recording.headers.get(name)))) {
                drift.add(name + " " + headers.get(name) + " instead of " + recording.headers.get(name));
            }
        }
        if (!key.equals(headers.get("ce_subject"))) {
            drift.add("key " + key + " is not the subject " + headers.get("ce_subject"));
        }
        String live = shape(value);
        String recorded = shape(recording.value);
        if (!live.equals(recorded)) {
            drift.add("value shape " + live + " instead of " + recorded);
        }
        if (!drift.isEmpty()) {
            throw new AssertionError("the record drifted from its recording (rewrite it with -Devents.record=true "
                    + "and run its consumers' tests): " + String.join("; ", drift));
        }
    }

    /** Field names and JSON kinds at every depth (an array by its elements' shapes), values left out. */
    static String shape(JsonNode node) {
        if (node.isObject()) {
            TreeSet<String> fields = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.add(e.getKey() + ":" + shape(e.getValue()));
            }
            return "{" + String.join(",", fields) + "}";
        }
        if (node.isArray()) {
            TreeSet<String> items = new TreeSet<>();
            node.forEach(item -> items.add(shape(item)));
            return "[" + String.join("|", items) + "]";
        }
        return node.isNumber() ? "number" : node.getNodeType().name().toLowerCase();
    }

    private void write(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("topic", topic);
        node.put("key", key);
        ObjectNode h = node.putObject("headers");
        headers.forEach(h::put);
        node.set("value", value);
        try {
            Files.createDirectories(file(type).getParent());
            Files.writeString(file(type), PRETTY.writeValueAsString(node) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The consumer's side: sends the recording to the test broker with every recorded header, the key
     * and the JSON value, after replacing the given headers and top-level value fields (fresh ids, a
     * studio of the consumer's fixture). The subject replaced is also the key.
     */
    public void replay(Map<String, String> headerChanges, Map<String, String> valueChanges) {
        Map<String, String> h = new TreeMap<>(headers);
        h.putAll(headerChanges);
        ObjectNode v = value.deepCopy();
        valueChanges.forEach(v::put);
        ProducerRecord<String, byte[]> record;
        try {
            record = new ProducerRecord<>(topic, h.getOrDefault("ce_subject", key), JSON.writeValueAsBytes(v));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        h.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
