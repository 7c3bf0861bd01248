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
 * happened: asynchronously, at most once per commit interval while records keep coming and at once
 * when a poll finds nothing more (a lost or late commit only means a redelivery, which the inbox
 * absorbs); synchronously when partitions are revoked or the consumer closes, so the next owner of a
 * partition does not redo work. Used only on the consumer's thread.
 *
 * <p>Under load a consumer applies a batch every few milliseconds; committing after each one made
 * the broker's group coordinator write hundreds of offset records a second, CPU taken from the
 * events themselves on a small machine.
 */
final class Offsets implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(Offsets.class);

    private final String consumerName;
    private final long intervalNanos;
    // since attach: the last offset of every partition, for the synchronous commits
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
    // not yet in an asynchronous commit
    private Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private long lastCommit = System.nanoTime();
    private KafkaConsumer<String, byte[]> consumer;

    Offsets(String consumerName, Duration interval) {
        this.consumerName = consumerName;
        this.intervalNanos = interval.toNanos();
    }

    void attach(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
        processed.clear();
        uncommitted.clear();
    }

    /** Every record of {@code batch} is applied (committed in the database) or parked (acknowledged). */
    void done(List<ConsumerRecord<String, byte[]>> batch) {
        for (ConsumerRecord<String, byte[]> record : batch) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            OffsetAndMetadata next = new OffsetAndMetadata(record.offset() + 1);
            processed.put(partition, next);
            uncommitted.put(partition, next);
        }
        if (System.nanoTime() - lastCommit >= intervalNanos) {
            commitAsync();
        }
    }

    /** A poll found nothing new: the consumer has caught up, and what it applied is committed now. */
    void idle() {
        if (!uncommitted.isEmpty()) {
            commitAsync();
        }
    }

    private void commitAsync() {
        Map<TopicPartition, OffsetAndMetadata> offsets = uncommitted;
        uncommitted = new HashMap<>();
        lastCommit = System.nanoTime();
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
            uncommitted.remove(partition);
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
