package org.alliance.eventing.inbox;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * The offsets after the records a consumer applied or parked, committed to Kafka only once that
 * happened: asynchronously after each batch (a lost commit only means a redelivery, which the inbox
 * absorbs), synchronously when partitions are revoked or the consumer closes, so the next owner of a
 * partition does not redo work. Used only on the consumer's thread.
 */
final class Offsets implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(Offsets.class);

    private final String consumerName;
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
    private KafkaConsumer<String, byte[]> consumer;

    Offsets(String consumerName) {
        this.consumerName = consumerName;
    }

    void attach(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
        processed.clear();
    }

    /** Every record of {@code batch} is applied (committed in the database) or parked (acknowledged). */
    void done(List<ConsumerRecord<String, byte[]>> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        processed.putAll(offsets);
        consumer.commitAsync(offsets, (committed, error) -> {
            if (error != null) {
                LOG.debugf("%s: offset commit failed, a later one covers it: %s", consumerName, error.getMessage());
            }
        });
    }

    void commitAll() {
        commit(List.copyOf(processed.keySet()));
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        commit(List.copyOf(partitions));
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        // positions come from the committed offsets: nothing to do
    }

    private void commit(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = processed.remove(partition);
            if (offset != null) {
                offsets.put(partition, offset);
            }
        }
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets, Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.debugf("%s: offset commit failed; those records will be redelivered and skipped: %s", consumerName, e.getMessage());
        }
    }
}
