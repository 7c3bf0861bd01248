package org.alliance.eventing.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.alliance.eventing.config.EventingConfig;

/** A topic as configured: partitions, replication and the topic-level settings the library manages. */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }

    static TopicSpec owned(String name, EventingConfig.Topic topic, EventingConfig.TopicDefaults defaults) {
        short replication = topic.replicationFactor().orElse(defaults.replicationFactor());
        Map<String, String> configs = new HashMap<>();
        // compaction keeps the latest record per key for ever: a replica can be rebuilt from offset 0
        configs.put("cleanup.policy", topic.compacted() ? "compact" : "delete");
        if (!topic.compacted()) {
            configs.put("retention.ms", retentionMs(topic.retention().orElse(defaults.retention())));
        }
        configs.put("min.insync.replicas", Integer.toString(topic.minInsyncReplicas().orElse(minInsync(replication))));
        return new TopicSpec(name, topic.partitions().orElse(defaults.partitions()), replication, configs);
    }

    static TopicSpec deadLetter(String sourceTopic, EventingConfig.DeadLetter dlq, EventingConfig.TopicDefaults defaults) {
        short replication = defaults.replicationFactor();
        return new TopicSpec(deadLetterOf(sourceTopic), dlq.partitions(), replication, Map.of(
                "cleanup.policy", "delete",
                "retention.ms", retentionMs(dlq.retention()),
                "min.insync.replicas", Integer.toString(minInsync(replication))));
    }

    /** With three replicas, acks=all waits for two: one broker may fail without losing an acknowledged event. */
    private static int minInsync(short replication) {
        return replication >= 3 ? 2 : 1;
    }

    private static String retentionMs(Duration retention) {
        return retention.isNegative() ? "-1" : Long.toString(retention.toMillis());
    }
}
