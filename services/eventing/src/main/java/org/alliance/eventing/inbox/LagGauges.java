package org.alliance.eventing.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Per topic, the records a consumer has not yet applied, from the high watermarks its fetches saw. */
final class LagGauges {

    private final Map<String, AtomicLong> lag = new HashMap<>();

    LagGauges(MeterRegistry registry, String consumerName, List<String> topics) {
        for (String topic : topics) {
            AtomicLong topicLag = new AtomicLong();
            lag.put(topic, topicLag);
            Gauge.builder("alliance.eventing.consumer.lag", topicLag, AtomicLong::get)
                    .description("Records on the topic this consumer has not yet applied")
                    .tag("consumer", consumerName).tag("topic", topic).register(registry);
        }
    }

    /** Called on the consumer's thread after each poll; a topic with no partition assigned here reads 0. */
    void measure(KafkaConsumer<String, byte[]> consumer) {
        Map<String, Long> byTopic = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            byTopic.putIfAbsent(partition.topic(), 0L);
            consumer.currentLag(partition).ifPresent(l -> byTopic.merge(partition.topic(), l, Long::sum));
        }
        lag.forEach((topic, value) -> value.set(byTopic.getOrDefault(topic, 0L)));
    }
}
