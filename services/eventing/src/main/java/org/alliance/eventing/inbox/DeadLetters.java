package org.alliance.eventing.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.alliance.eventing.kafka.KafkaClients;
import org.alliance.eventing.kafka.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Parks a record the consumer cannot apply on {@code <topic>.dlq}: same key, same value, the original
 * headers (so it can be replayed as it was), and headers naming where it came from and why it failed.
 */
public final class DeadLetters implements AutoCloseable {

    public static final String ORIGINAL_TOPIC = "dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "dlq-original-offset";
    public static final String CONSUMER = "dlq-consumer";
    public static final String REASON = "dlq-reason";
    public static final String ERROR = "dlq-error";
    public static final String ATTEMPTS = "dlq-attempts";
    public static final String FAILED_AT = "dlq-failed-at";
    private static final int MAX_ERROR_LENGTH = 2_000;
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaProducer<String, byte[]> producer;
    private final MeterRegistry registry;

    DeadLetters(Map<String, Object> connection, String clientId, MeterRegistry registry) {
        this.producer = new KafkaProducer<>(KafkaClients.reliableProducer(connection, clientId, Duration.ofSeconds(120), 0));
        this.registry = registry;
    }

    /**
     * Publishes the dead letter and returns once the broker acknowledged it, retrying while the broker
     * is away: the consumer must not commit past a record that is neither applied nor parked.
     */
    void park(ConsumerRecord<String, byte[]> record, String consumer, String reason, String error, int attempts,
            BooleanSupplier running) throws InterruptedException {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(TopicSpec.deadLetterOf(record.topic()), record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dlq-")) {
                letter.headers().add(header);
            }
        }
        add(letter, ORIGINAL_TOPIC, record.topic());
        add(letter, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        add(letter, ORIGINAL_OFFSET, Long.toString(record.offset()));
        add(letter, CONSUMER, consumer);
        add(letter, REASON, reason);
        add(letter, ERROR, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
        add(letter, ATTEMPTS, Integer.toString(attempts));
        add(letter, FAILED_AT, Instant.now().toString());
        long backoff = 500;
        while (true) {
            try {
                producer.send(letter).get();
                break;
            } catch (ExecutionException | RuntimeException e) {
                if (!running.getAsBoolean()) {
                    throw new InterruptedException("stopped before the dead letter was acknowledged");
                }
                LOG.warnf("cannot publish the dead letter of %s-%d@%d yet, retrying: %s", record.topic(),
                        record.partition(), record.offset(), e.getMessage());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
        Counter.builder("alliance.eventing.dead.letters").description("Records parked on a dead-letter topic")
                .tag("consumer", consumer).tag("topic", record.topic()).tag("reason", reason)
                .register(registry).increment();
        LOG.warnf("%s parked %s-%d@%d on %s (%s): %s", consumer, record.topic(), record.partition(), record.offset(),
                letter.topic(), reason, error);
    }

    private static void add(ProducerRecord<String, byte[]> record, String key, String value) {
        record.headers().add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
