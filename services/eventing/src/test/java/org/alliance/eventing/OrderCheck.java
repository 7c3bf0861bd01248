package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.eventing.support.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Per-key order of test.counted.v1 events as Kafka holds them. */
final class OrderCheck {

    private OrderCheck() {
    }

    /**
     * Redelivered records repeat earlier ones; the first sighting of each seq of a key must be 1, 2, 3...
     * Returns how many distinct keys were checked.
     */
    static int assertFirstSightingsInOrder(List<ConsumerRecord<String, byte[]>> records) {
        List<ConsumerRecord<String, byte[]>> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.<ConsumerRecord<String, byte[]>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        Map<String, Integer> next = new HashMap<>();
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : sorted) {
            int seq = seq(r);
            if (seen.computeIfAbsent(r.key(), k -> new HashSet<>()).add(seq)) {
                int expected = next.getOrDefault(r.key(), 1);
                assertEquals(expected, seq, "order of first sightings for " + r.key());
                next.put(r.key(), expected + 1);
            }
        }
        return next.size();
    }

    static int seq(ConsumerRecord<String, byte[]> record) {
        return Integer.parseInt(TopicReader.value(record).replaceAll("(?s).*\"seq\":\\s*(\\d+).*", "$1"));
    }
}
