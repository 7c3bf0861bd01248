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
import java.util.Random;
import java.util.UUID;
import org.alliance.eventing.support.ConsumerProcessHandle;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.KillableConsumer;
import org.alliance.eventing.support.Lag;
import org.alliance.eventing.support.Producers;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestPostgres;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A consumer process is killed with SIGKILL between a poll and its commit, {@value #KILLS} times over
 * {@value #KILLS} x {@value #WAVE} events: each life finds a backlog of at least {@value #WAVE} events
 * (two polls or more), and once its first batch is applied it is killed at a random moment within the
 * next 300 ms, which on this backlog falls inside the next inbox transaction (the poll done, the
 * database and the offsets not yet committed); the test checks that most kills did.
 * Afterwards every event's effect is present exactly once.
 *
 * <p>A consumer that committed its offsets before its inbox transaction committed loses the batch in
 * flight at such a kill: the next owner of the partitions starts after it. Each life starts a Quarkus
 * application (about 8 s on two idle cores), so the test kills five times rather than tens.
 */
@QuarkusTest
@Order(9)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class ConsumerKillTest {

    private static final Logger LOG = Logger.getLogger(ConsumerKillTest.class);
    private static final String DATABASE = "eventing_sigkill";
    private static final String TOPIC = KillableConsumer.TOPIC;
    private static final int KILLS = 5;
    private static final int WAVE = 1_000;

    @Test
    void killingTheConsumerBetweenPollAndCommitLosesNothingAndAppliesNothingTwice() throws Exception {
        TestPostgres.freshDatabase(DATABASE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random();
        int written = 0;
        int inTransaction = 0;
        try (KafkaProducer<String, byte[]> producer = Producers.plain()) {
            for (int life = 1; life <= KILLS; life++) {
                written += write(producer, run, written, WAVE);
                long before = migrated() ? effects(run) : 0;
                try (ConsumerProcessHandle consumer = ConsumerProcessHandle.start(DATABASE, "sigkill-" + run + "-" + life)) {
                    // its first batch applied: it is now polling and applying the next ones
                    Eventually.until(Duration.ofSeconds(180), "consumer life " + life + " applies events",
                            () -> !consumer.isAlive() || migrated() && effects(run) > before);
                    assertTrue(consumer.isAlive(), "the consumer process started; see " + consumer.log());
                    Eventually.sleep(random.nextInt(300));
                    boolean open = transactionOpen();
                    consumer.killHard();
                    inTransaction += open ? 1 : 0;
                    LOG.infof("consumer life %d killed %s; %d of %d events applied", life,
                            open ? "inside an inbox transaction" : "between transactions", effects(run), written);
                }
            }
        }
        assertTrue(inTransaction >= KILLS / 2, "most kills fell inside an inbox transaction: " + inTransaction + " of " + KILLS);

        try (ConsumerProcessHandle last = ConsumerProcessHandle.start(DATABASE, "sigkill-" + run + "-last")) {
            Eventually.until(Duration.ofSeconds(180), "the last consumer caught up and committed",
                    () -> Lag.of(KillableConsumer.NAME, TOPIC) == 0 && effects(run) > 0);
        }
        assertEquals(written, Db.count(DATABASE, "SELECT count(DISTINCT event_id) FROM test_effect WHERE subject LIKE ?", run + "-%"),
                "every event applied: none lost behind an offset committed too early");
        assertEquals(written, effects(run), "no event applied twice");
    }

    /** The first life creates the tables as it starts. */
    private static boolean migrated() {
        return Db.single(DATABASE, "SELECT to_regclass('public.test_effect')::text") != null;
    }

    private static long effects(String run) {
        return Db.count(DATABASE, "SELECT count(*) FROM test_effect WHERE subject LIKE ?", run + "-%");
    }

    /** A reactive connection of the consumer (not Flyway's JDBC ones) is inside a transaction. */
    private static boolean transactionOpen() {
        return Db.count(DATABASE, "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()"
                + " AND application_name <> 'PostgreSQL JDBC Driver' AND xact_start IS NOT NULL AND state <> 'idle'",
                TestPostgres.physical(DATABASE)) > 0;
    }

    private static int write(KafkaProducer<String, byte[]> producer, String run, int from, int count) throws Exception {
        for (int i = from; i < from + count; i++) {
            String subject = run + "-" + (i % 50);
            producer.send(KafkaMessageFactory.createWriter(TOPIC, subject).writeBinary(CloudEventBuilder.v1()
                    .withId(UUID.randomUUID().toString()).withSource(URI.create("/alliance/test-producer"))
                    .withType("org.alliance.test.counted.v1").withSubject(subject).withTime(OffsetDateTime.now())
                    .withData("application/json", ("{\"subject\":\"" + subject + "\",\"seq\":" + (i + 1) + "}")
                            .getBytes(StandardCharsets.UTF_8)).build()));
        }
        producer.flush();
        return count;
    }
}
