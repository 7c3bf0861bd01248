package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.alliance.eventing.inbox.DeadLetters;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.Lag;
import org.alliance.eventing.support.PickyHandler;
import org.alliance.eventing.support.Producers;
import org.alliance.eventing.support.TopicReader;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Dead letters are parked while the broker cannot take them: the dead-letter topic is gone (deleted,
 * as unavailable to the producer as a partition without a leader) while the source topic and the
 * consumer group's offsets stay writable. Nothing is committed past a record whose dead letter was not
 * acknowledged, and the records behind it wait; once the topic is back, each letter lands once and the
 * rest is applied.
 *
 * <p>A consumer that parked without waiting for the acknowledgement, then committed, moves its offset
 * past the record within a poll or two here, and a crash then would lose the record for good. A whole
 * broker outage cannot show this: the offset commit fails with the dead letter. (Raising the topic's
 * min.insync.replicas above its replicas does not refuse writes either: Kafka 4 caps it at the
 * replication factor.)
 */
@QuarkusTest
@Order(8)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class DeadLetterHeldTest {

    private static final String TOPIC = PickyHandler.TOPIC;
    private static final String DLQ = TOPIC + ".dlq";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @Test
    void nothingIsCommittedPastARecordWhoseDeadLetterWasNotAcknowledged() throws Exception {
        String subject = "held-dlq-" + UUID.randomUUID();
        try (Admin admin = admin(); KafkaProducer<String, byte[]> producer = Producers.plain()) {
            producer.send(event(subject, 1)).get();
            Eventually.equals(Duration.ofSeconds(60), "the first record applied", 1L, () -> applied(subject));
            Lag.awaitZero(PickyHandler.NAME, TOPIC);

            NewTopic again = removeDeadLetterTopic(admin);
            RecordMetadata bad;
            try {
                bad = producer.send(new ProducerRecord<>(TOPIC, subject, "不是事件".getBytes(StandardCharsets.UTF_8))).get();
                producer.send(event(subject, 2)).get();
                producer.send(new ProducerRecord<>(TOPIC, subject, "也不是".getBytes(StandardCharsets.UTF_8))).get();
                producer.send(event(subject, 3)).get();
                // a consumer that moves on without the acknowledgement applies the records behind the bad one and
                // commits past it within a poll or two; give it ample time to show that
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < deadline && committed(admin) <= bad.offset() && applied(subject) == 1) {
                    Eventually.sleep(100);
                }
                assertTrue(committed(admin) <= bad.offset(), "committed offset " + committed(admin)
                        + " stays at or before the record at " + bad.offset() + " whose dead letter is not acknowledged");
                assertEquals(1L, applied(subject), "the records behind it wait");
            } finally {
                restore(admin, again);
            }

            Eventually.equals(Duration.ofSeconds(120), "records applied", 3L, () -> applied(subject));
            assertEquals(List.of(1, 2, 3), Db.rows(Db.APP, "SELECT seq FROM test_effect WHERE consumer = ? AND subject = ? ORDER BY id",
                    PickyHandler.NAME, subject).stream().map(r -> ((Number) r.get(0)).intValue()).toList());
            Lag.awaitZero(PickyHandler.NAME, TOPIC);
            assertEquals(2L, letters(subject, Duration.ofSeconds(30)), "each bad record parked once");
            assertTrue(committed(admin) > bad.offset());
        }
    }

    private static long applied(String subject) {
        return Db.count(Db.APP, "SELECT count(*) FROM test_effect WHERE consumer = ? AND subject = ?", PickyHandler.NAME, subject);
    }

    private static long letters(String subject, Duration wait) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(DLQ, wait,
                r -> r.stream().filter(x -> subject.equals(x.key())).count() >= 2);
        return records.stream().filter(x -> subject.equals(x.key()) && x.headers().lastHeader(DeadLetters.REASON) != null).count();
    }

    private static long committed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(PickyHandler.NAME)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        OffsetAndMetadata offset = offsets.get(PARTITION);
        return offset == null ? 0 : offset.offset();
    }

    /** Deletes the dead-letter topic and answers how to create it again as it was. */
    private static NewTopic removeDeadLetterTopic(Admin admin) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(DLQ)).allTopicNames().get(10, TimeUnit.SECONDS).get(DLQ);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, DLQ);
        Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
        Map<String, String> configs = new HashMap<>();
        for (String key : List.of("cleanup.policy", "retention.ms", "min.insync.replicas")) {
            configs.put(key, config.get(key).value());
        }
        NewTopic again = new NewTopic(DLQ, description.partitions().size(),
                (short) description.partitions().get(0).replicas().size()).configs(configs);
        admin.deleteTopics(List.of(DLQ)).all().get(30, TimeUnit.SECONDS);
        Eventually.until(Duration.ofSeconds(30), "the dead-letter topic is gone", () -> !topics(admin).contains(DLQ));
        return again;
    }

    /** Creates the topic again; a deletion still in progress refuses that for a moment. */
    private static void restore(Admin admin, NewTopic topic) {
        Eventually.until(Duration.ofSeconds(60), "the dead-letter topic is back", () -> {
            try {
                admin.createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
                return true;
            } catch (ExecutionException e) {
                return e.getCause() instanceof TopicExistsException && topics(admin).contains(DLQ);
            } catch (InterruptedException | TimeoutException e) {
                return false;
            }
        });
    }

    private static java.util.Set<String> topics(Admin admin) {
        try {
            return admin.listTopics().names().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        return Admin.create(props);
    }

    private static ProducerRecord<String, byte[]> event(String subject, int seq) {
        return KafkaMessageFactory.createWriter(TOPIC, subject).writeBinary(CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString()).withSource(URI.create("/alliance/test-producer"))
                .withType("org.alliance.test.counted.v1").withSubject(subject).withTime(OffsetDateTime.now())
                .withData("application/json", ("{\"subject\":\"" + subject + "\",\"seq\":" + seq + "}").getBytes(StandardCharsets.UTF_8))
                .build());
    }
}
