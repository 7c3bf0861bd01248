package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.alliance.eventing.outbox.OutboxBacklog;
import org.alliance.eventing.support.Accounts;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.EffectRecorder;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.Lag;
import org.alliance.eventing.support.TopicReader;
import org.alliance.eventing.support.Tx;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestKafka;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away for 30 seconds while the service keeps writing: writes keep succeeding (the
 * outbox is only a table), the backlog grows and is visible, and after the restart it drains with
 * nothing lost. Runs last: it stops the broker every test of this JVM shares.
 */
@QuarkusTest
@Order(100)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class BrokerOutageTest {

    private static final Logger LOG = Logger.getLogger(BrokerOutageTest.class);
    private static final String TOPIC = "test.broker";

    @Inject
    Accounts accounts;

    @Inject
    OutboxBacklog backlog;

    @Test
    void writesSucceedWhileTheBrokerIsDownAndTheBacklogDrainsAfterwards() throws Exception {
        String run = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                int seq = written.get() + 1;
                Tx.await(() -> accounts.count(TOPIC, run + "-" + (seq % 7), seq));
                written.incrementAndGet();
                Eventually.sleep(50);
            }
        });
        Eventually.sleep(2_000);

        TestKafka.broker().stop();
        long stoppedAt = System.nanoTime();
        int writtenAtStop = written.get();
        Eventually.sleep(30_000);
        int writtenWhileDown = written.get() - writtenAtStop;
        assertTrue(writtenWhileDown > 100, "writes went on while the broker was down: " + writtenWhileDown);
        assertTrue(backlog.backlog() > 0, "the backlog gauge shows the waiting events");
        LOG.infof("broker down %d s, %d writes meanwhile, backlog %d", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stoppedAt),
                writtenWhileDown, backlog.backlog());
        TestKafka.broker().start();

        Eventually.sleep(2_000);
        writing.set(false);
        writer.get(30, TimeUnit.SECONDS);
        int total = written.get();

        Eventually.equals(Duration.ofSeconds(120), "unsent events of the run", 0L, () -> Db.count(Db.APP,
                "SELECT count(*) FROM eventing.outbox_event WHERE topic = ? AND sent_at IS NULL", TOPIC));
        Set<String> recorded = Db.rows(Db.APP, "SELECT id::text FROM eventing.outbox_event WHERE topic = ? AND subject LIKE ?",
                TOPIC, run + "-%").stream().map(r -> (String) r.get(0)).collect(Collectors.toSet());
        assertEquals(total, recorded.size(), "every write committed its event");
        Set<String> onKafka = TopicReader.readUntil(TOPIC, Duration.ofSeconds(60), r -> r.stream()
                        .map(x -> TopicReader.header(x, "ce_id")).filter(recorded::contains).distinct().count() >= total)
                .stream().map(x -> TopicReader.header(x, "ce_id")).filter(recorded::contains).collect(Collectors.toSet());
        assertEquals(recorded, onKafka, "nothing lost on the way to Kafka");
        Eventually.equals(Duration.ofSeconds(120), "events applied", (long) total, () -> Db.count(Db.APP,
                "SELECT count(*) FROM test_effect WHERE consumer = ? AND subject LIKE ?", EffectRecorder.NAME, run + "-%"));
        Lag.awaitZero(EffectRecorder.NAME, TOPIC);
        Eventually.equals(Duration.ofSeconds(10), "the backlog gauge", 0L, backlog::backlog);
    }
}
