package org.alliance.eventing.support;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.alliance.testing.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** A consumer group's lag on a topic as the broker sees it: end offsets minus committed offsets. */
public final class Lag {

    private Lag() {
    }

    public static long of(String group, String topic) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> end : TopicReader.endOffsets(topic).entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                lag += end.getValue() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of " + group + ": " + e.getMessage(), e);
        }
    }

    public static void awaitZero(String group, String topic) {
        Eventually.equals(Duration.ofSeconds(60), "lag of " + group + " on " + topic, 0L, () -> of(group, topic));
    }
}
