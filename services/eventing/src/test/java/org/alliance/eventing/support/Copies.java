package org.alliance.eventing.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** How many records on a topic carry each of a set of event ids (the CloudEvents {@code ce_id} header). */
public final class Copies {

    private final Map<String, Integer> byId = new HashMap<>();

    private Copies(List<ConsumerRecord<String, byte[]>> records, Set<String> ids) {
        for (ConsumerRecord<String, byte[]> record : records) {
            String id = TopicReader.header(record, "ce_id");
            if (ids.contains(id)) {
                byId.merge(id, 1, Integer::sum);
            }
        }
    }

    /** Reads all of {@code topic} as it stands and counts the copies of {@code ids}. */
    public static Copies onTopic(String topic, Set<String> ids) {
        return new Copies(TopicReader.readAll(topic), ids);
    }

    /** Ids with at least one record. */
    public int distinct() {
        return byId.size();
    }

    /** Records beyond the first of each id. */
    public int duplicates() {
        return byId.values().stream().mapToInt(n -> n - 1).sum();
    }

    /** The ids of {@code expected} that have no record. */
    public List<String> missing(Collection<String> expected) {
        return expected.stream().filter(id -> !byId.containsKey(id)).toList();
    }
}
