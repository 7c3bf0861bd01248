package org.alliance.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.alliance.testing.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The yardstick: a plain producer (the relay's settings: acks=all, idempotent, linger 0) and a plain
 * consumer on the same broker, timing send() to the consumer receiving the record.
 */
final class RawRoundTrip implements AutoCloseable {

    static final String TOPIC = "bench.raw";

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Timestamps sent = new Timestamps();
    private final Timestamps received = new Timestamps();
    private final AtomicLong receivedCount = new AtomicLong();
    private final Thread reader;
    private volatile boolean running = true;

    RawRoundTrip() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                .map(i -> new TopicPartition(TOPIC, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(this::read, "bench-raw-reader");
        reader.start();
    }

    private void read() {
        while (running) {
            consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                received.put(Long.parseLong(new String(r.value(), StandardCharsets.UTF_8)), System.nanoTime());
                receivedCount.incrementAndGet();
            });
        }
        consumer.close();
    }

    Latencies run(int rate, int seconds, long firstSeq) throws InterruptedException {
        long count = (long) rate * seconds;
        long before = receivedCount.get();
        Pacer.run(rate, count, i -> {
            long seq = firstSeq + i;
            sent.put(seq, System.nanoTime());
            producer.send(new ProducerRecord<>(TOPIC, Long.toString(seq % 64), Long.toString(seq).getBytes(StandardCharsets.UTF_8)));
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (receivedCount.get() - before < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return Latencies.of(firstSeq, count, sent, received);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join(5_000);
        producer.close();
    }
}
