package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.alliance.broker.KafkaBroker;
import org.alliance.broker.KafkaCluster;
import org.alliance.eventing.support.Accounts;
import org.alliance.eventing.support.Copies;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.EffectRecorder;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.Lag;
import org.alliance.eventing.support.Partitions;
import org.alliance.eventing.support.TopicReader;
import org.alliance.eventing.support.Tx;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On three brokers (topics at replication 3, min.insync.replicas 2), the leader of a partition the
 * relay is publishing to is killed with SIGKILL five times over 10,000 events written through the
 * outbox, each time while a slice of 2,000 is being written and published; the killed broker comes
 * back before the next kill. Every event reaches Kafka (acks=all waited for two replicas, so the new
 * leader has whatever was acknowledged), each subject's events are first seen in order, and the
 * consumer applies each exactly once.
 */
@QuarkusTest
@Order(200)
@Tag("three-brokers")
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class LeaderKillTest {

    private static final Logger LOG = Logger.getLogger(LeaderKillTest.class);
    private static final String TOPIC = "test.kill";
    private static final int KILLS = 5;
    private static final int SLICE = 2_000;
    private static final int WRITERS = 4;
    private static final int SUBJECTS_PER_WRITER = 10;

    @Inject
    Accounts accounts;

    @Test
    void killingThePartitionLeaderWhilePublishingLosesNothing() throws Exception {
        KafkaCluster kafka = TestKafka.cluster();
        assertEquals(3, kafka.size(), "runs on three brokers (-Dalliance.kafka.brokers=3)");
        String run = "leader-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        AtomicInteger written = new AtomicInteger();
        int[] nextSeq = new int[WRITERS];
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                int sliceStart = written.get();
                List<Future<?>> slice = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    // each writer owns its subjects and writes each one's events in order, as a service serialises one aggregate's writes
                    slice.add(writers.submit(() -> {
                        for (int i = 0; i < SLICE / WRITERS; i++) {
                            int seq = ++nextSeq[writer];
                            String subject = run + "-" + writer + "-" + (seq % SUBJECTS_PER_WRITER);
                            Tx.await(() -> accounts.count(TOPIC, subject, (seq - 1) / SUBJECTS_PER_WRITER + 1));
                            written.incrementAndGet();
                        }
                    }));
                }
                Eventually.until(Duration.ofSeconds(120), "a quarter of slice " + kill + " written", () -> written.get() >= sliceStart + SLICE / 4);
                int leader = Partitions.leader(TOPIC, kill % 3);
                KafkaBroker victim = kafka.broker(leader);
                victim.kill();
                Eventually.until(Duration.ofSeconds(60), "new leaders without broker " + leader, () -> Partitions.ledWithout(TOPIC, leader));
                LOG.infof("kill %d: broker %d (leader of partition %d) killed with %d events written, %d sent", kill, leader, kill % 3,
                        written.get(), sent(run));
                for (Future<?> f : slice) {
                    f.get(5, TimeUnit.MINUTES);
                }
                victim.start();
                kafka.awaitBrokers(3, Duration.ofSeconds(90));
                // the next kill must not find a partition with one replica in sync, which would refuse acks=all
                Eventually.until(Duration.ofSeconds(90), "every replica back in sync", () -> Partitions.fullyInSync(TOPIC));
            }
        } finally {
            writers.shutdownNow();
        }
        int total = KILLS * SLICE;
        assertEquals(total, written.get());

        Eventually.equals(Duration.ofSeconds(120), "unsent events of the run", 0L, () -> Db.count(Db.APP,
                "SELECT count(*) FROM eventing.outbox_event WHERE subject LIKE ? AND sent_at IS NULL", run + "-%"));
        Set<String> ids = Db.rows(Db.APP, "SELECT id::text FROM eventing.outbox_event WHERE subject LIKE ?", run + "-%").stream()
                .map(r -> (String) r.get(0)).collect(Collectors.toSet());
        assertEquals(total, ids.size(), "every write committed its event");
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(TOPIC).stream()
                .filter(r -> ids.contains(TopicReader.header(r, "ce_id"))).toList();
        Copies copies = Copies.onTopic(TOPIC, ids);
        LOG.infof("%d events on Kafka after %d leader kills, %d duplicates", copies.distinct(), KILLS, copies.duplicates());
        assertEquals(List.of(), copies.missing(ids), "nothing acknowledged was lost");
        assertEquals(WRITERS * SUBJECTS_PER_WRITER, OrderCheck.assertFirstSightingsInOrder(records));

        Eventually.equals(Duration.ofSeconds(180), "events applied", (long) total, () -> Db.count(Db.APP,
                "SELECT count(DISTINCT event_id) FROM test_effect WHERE consumer = ? AND subject LIKE ?", EffectRecorder.NAME, run + "-%"));
        Lag.awaitZero(EffectRecorder.NAME, TOPIC);
        assertEquals(total, Db.count(Db.APP, "SELECT count(*) FROM test_effect WHERE consumer = ? AND subject LIKE ?",
                EffectRecorder.NAME, run + "-%"), "each event applied exactly once");
    }

    private static long sent(String run) {
        return Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject LIKE ? AND sent_at IS NOT NULL", run + "-%");
    }
}
