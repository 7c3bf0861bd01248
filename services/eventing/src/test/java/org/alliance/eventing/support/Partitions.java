package org.alliance.eventing.support;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.alliance.testing.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartitionInfo;

/** Who leads a topic's partitions and who is in sync, as the cluster's metadata says now. */
public final class Partitions {

    private Partitions() {
    }

    public static List<TopicPartitionInfo> of(String topic) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(props)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(15, TimeUnit.SECONDS).get(topic).partitions();
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe " + topic + ": " + e.getMessage(), e);
        }
    }

    /** The node leading partition {@code partition}, -1 while none does. */
    public static int leader(String topic, int partition) {
        TopicPartitionInfo info = of(topic).get(partition);
        return info.leader() == null || info.leader().isEmpty() ? -1 : info.leader().id();
    }

    /** Every partition has a leader other than {@code node}. */
    public static boolean ledWithout(String topic, int node) {
        return of(topic).stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty() && p.leader().id() != node);
    }

    /** Every partition has all its replicas in sync. */
    public static boolean fullyInSync(String topic) {
        return of(topic).stream().allMatch(p -> p.isr().size() == p.replicas().size());
    }
}
