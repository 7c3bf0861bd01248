package org.alliance.registry.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliance.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A replica of one entity built from a topic alone, as a new consumer would: read every partition
 * from the beginning to its end, keep the newest state (highest version) per record key.
 */
final class TopicReplica {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Newest state per key; each state carries the event type under "_type" for the checks. */
    final Map<String, ObjectNode> states = new HashMap<>();
    final List<String> problems = new ArrayList<>();

    static TopicReplica read(String topic, String idField) {
        TopicReplica replica = new TopicReplica();
        TopicReader.readAll(topic).forEach(record -> replica.apply(record, idField));
        return replica;
    }

    private void apply(ConsumerRecord<String, byte[]> record, String idField) {
        try {
            ObjectNode state = (ObjectNode) JSON.readTree(record.value());
            String type = TopicReader.header(record, "ce_type");
            String subject = TopicReader.header(record, "ce_subject");
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
}
