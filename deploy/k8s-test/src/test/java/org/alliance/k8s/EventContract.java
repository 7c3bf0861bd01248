package org.alliance.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What contracts/events/asyncapi.yaml says each service does on Kafka. Operations marked
 * {@code x-planned: true} are not built yet: they grant nothing and call for no topic.
 */
final class EventContract {

    /** One operation a service performs: send to or receive from {@code topic}. */
    record Operation(String id, String service, boolean send, String topic) {
    }

    /** A topic's settings as the contract's Kafka binding states them. */
    record TopicBinding(int partitions, String cleanupPolicy, Long retentionMs) {
    }

    private final JsonNode doc;

    EventContract(Path root) {
        this(read(root.resolve("contracts/events/asyncapi.yaml")));
    }

    EventContract(JsonNode asyncApi) {
        this.doc = asyncApi;
    }

    static JsonNode read(Path asyncApi) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(asyncApi.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation that is not planned, for the channels with a fixed address (dead letters come from receives). */
    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("operations").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode op = e.getValue();
            if (op.path("x-planned").asBoolean(false)) {
                continue;
            }
            JsonNode channel = channel(op);
            String address = channel.path("address").asText();
            if (address.contains("{")) {
                continue;   // the dead-letter channel: its topics follow from the receive operations
            }
            for (JsonNode tag : op.path("tags")) {
                ops.add(new Operation(e.getKey(), tag.path("name").asText(), "send".equals(op.path("action").asText()), address));
            }
        }
        return ops;
    }

    /** Topics some built operation uses, and the dead-letter topic of every consumed one. */
    Set<String> topicsInUse() {
        Set<String> topics = new TreeSet<>();
        for (Operation op : operations()) {
            topics.add(op.topic());
            if (!op.send()) {
                topics.add(deadLetterOf(op.topic()));
            }
        }
        return topics;
    }

    static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }

    /** The binding of a topic: its channel's, or the dead-letter channel's for a {@code .dlq} topic. */
    TopicBinding binding(String topic) {
        for (JsonNode channel : doc.path("channels")) {
            String address = channel.path("address").asText();
            boolean deadLetters = address.equals("{topic}.dlq") && topic.endsWith(".dlq");
            if (address.equals(topic) || deadLetters) {
                JsonNode kafka = channel.path("bindings").path("kafka");
                JsonNode config = kafka.path("topicConfiguration");
                StringBuilder policy = new StringBuilder();
                config.path("cleanup.policy").forEach(p -> policy.append(policy.length() == 0 ? "" : ",").append(p.asText()));
                Long retention = config.has("retention.ms") ? config.path("retention.ms").asLong() : null;
                return new TopicBinding(kafka.path("partitions").asInt(), policy.toString(), retention);
            }
        }
        throw new IllegalArgumentException("asyncapi.yaml has no channel for " + topic);
    }

    /** The services named by the operations' tags, with nothing from the library's own tag. */
    Map<String, List<Operation>> byService() {
        Map<String, List<Operation>> byService = new TreeMap<>();
        for (Operation op : operations()) {
            byService.computeIfAbsent(op.service(), s -> new ArrayList<>()).add(op);
        }
        return byService;
    }

    private JsonNode channel(JsonNode operation) {
        String ref = operation.path("channel").path("$ref").asText();
        if (!ref.startsWith("#/channels/")) {
            throw new IllegalStateException("operation channel is not a local $ref: " + ref);
        }
        return doc.path("channels").path(ref.substring("#/channels/".length()));
    }
}
