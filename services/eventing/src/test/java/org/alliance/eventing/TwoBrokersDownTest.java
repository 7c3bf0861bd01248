package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.alliance.broker.KafkaCluster;
import org.alliance.eventing.outbox.OutboxBacklog;
import org.alliance.eventing.support.Accounts;
import org.alliance.eventing.support.Copies;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.EffectRecorder;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.Lag;
import org.alliance.eventing.support.Tx;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestKafka;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two of three brokers are killed for 20 seconds while the service keeps writing: with one replica
 * left no partition can take an acks=all write (min.insync.replicas 2) and the controller quorum has
 * lost its majority, yet writes through the outbox keep succeeding and the backlog waits. Every event
 * acknowledged before is on Kafka afterwards, nothing is applied twice, and everything drains once
 * the brokers are back.
 */
@QuarkusTest
@Order(201)
@Tag("three-brokers")
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class TwoBrokersDownTest {

    private static final Logger LOG = Logger.getLogger(TwoBrokersDownTest.class);
    private static final String TOPIC = "test.broker";

    @Inject
    Accounts accounts;

    @Inject
    OutboxBacklog backlog;

    @Test
    void writesGoOnWithTwoOfThreeBrokersDownAndEverythingDrainsWhenTheyReturn() throws Exception {
        KafkaCluster kafka = TestKafka.cluster();
        assertEquals(3, kafka.size(), "runs on three brokers (-Dalliance.kafka.brokers=3)");
        String run = "down-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                int seq = written.get() + 1;
                Tx.await(() -> accounts.count(TOPIC, run + "-" + (seq % 7), seq));
                written.incrementAndGet();
                Eventually.sleep(20);
            }
        });
        Eventually.until(Duration.ofSeconds(60), "events published before the outage", () -> sent(run) >= 100);

        // node 1 stays: it is the first bootstrap server, so nothing but the outage itself is exercised
        kafka.broker(2).kill();
        kafka.broker(3).kill();
        Set<String> acknowledgedBefore = ids(run, "sent_at IS NOT NULL");
        int writtenAtStop = written.get();
        Eventually.sleep(20_000);
        int writtenWhileDown = written.get() - writtenAtStop;
        long waiting = Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject LIKE ? AND sent_at IS NULL", run + "-%");
        LOG.infof("two brokers down 20 s: %d writes meanwhile, %d events waiting, backlog gauge %d", writtenWhileDown, waiting,
                backlog.backlog());
        assertTrue(writtenWhileDown > 100, "writes went on with two brokers down: " + writtenWhileDown);
        assertTrue(waiting > 0, "the backlog waits");
        kafka.broker(2).start();
        kafka.broker(3).start();
        kafka.awaitBrokers(3, Duration.ofSeconds(120));

        Eventually.sleep(2_000);
        writing.set(false);
        writer.get(60, TimeUnit.SECONDS);
        int total = written.get();

        Eventually.equals(Duration.ofSeconds(180), "unsent events of the run", 0L, () -> Db.count(Db.APP,
                "SELECT count(*) FROM eventing.outbox_event WHERE subject LIKE ? AND sent_at IS NULL", run + "-%"));
        Set<String> recorded = ids(run, "true");
        assertEquals(total, recorded.size(), "every write committed its event");
        Copies copies = Copies.onTopic(TOPIC, recorded);
        LOG.infof("%d events on Kafka, %d duplicates", copies.distinct(), copies.duplicates());
        assertEquals(List.of(), copies.missing(acknowledgedBefore), "nothing acknowledged before the outage was lost");
        assertEquals(List.of(), copies.missing(recorded), "the backlog drained: every event reached Kafka");
        Eventually.equals(Duration.ofSeconds(180), "events applied", (long) total, () -> Db.count(Db.APP,
                "SELECT count(DISTINCT event_id) FROM test_effect WHERE consumer = ? AND subject LIKE ?", EffectRecorder.NAME, run + "-%"));
        Lag.awaitZero(EffectRecorder.NAME, TOPIC);
        assertEquals(total, Db.count(Db.APP, "SELECT count(*) FROM test_effect WHERE consumer = ? AND subject LIKE ?",
                EffectRecorder.NAME, run + "-%"), "nothing applied twice");
    }

    private static long sent(String run) {
        return Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject LIKE ? AND sent_at IS NOT NULL", run + "-%");
    }

    private static Set<String> ids(String run, String condition) {
        return Db.rows(Db.APP, "SELECT id::text FROM eventing.outbox_event WHERE subject LIKE ? AND " + condition, run + "-%")
                .stream().map(r -> (String) r.get(0)).collect(Collectors.toSet());
    }
}
