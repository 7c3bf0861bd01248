package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.EffectRecorder;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.ForeignOutbox;
import org.alliance.eventing.support.Lag;
import org.alliance.eventing.support.RelayProcess;
import org.alliance.eventing.support.TopicReader;
import org.alliance.testing.AllianceTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A relay process is killed with SIGKILL while it publishes, four times over 10,000 events: every
 * event still reaches Kafka (at least once, each subject's events first seen in order), and the
 * consumer applies each exactly once.
 */
@QuarkusTest
@Order(5)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class RelayKillTest {

    private static final Logger LOG = Logger.getLogger(RelayKillTest.class);
    private static final String TOPIC = "test.kill";
    private static final int EVENTS = 10_000;
    private static final int SUBJECTS = 100;

    @Test
    void killingTheRelayHardLosesNothingAndAppliesEverythingOnce() {
        ForeignOutbox outbox = ForeignOutbox.fresh("eventing_kill");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> subjects = new ArrayList<>();
        List<Integer> seqs = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            subjects.add(run + "-" + (i % SUBJECTS));
            seqs.add(i / SUBJECTS + 1);
        }
        Set<String> ids = new HashSet<>(outbox.write(TOPIC, subjects, seqs).stream().map(UUID::toString).toList());

        Map<String, String> pace = Map.of("batch-size", "200", "lanes-per-claim", "32", "poll-interval", "200ms");
        int kills = 0;
        for (int round = 1; round <= 4; round++) {
            long before = outbox.sent();
            RelayProcess relay = RelayProcess.start(outbox.database(), "kill-" + run + "-" + round, pace);
            Eventually.until(Duration.ofSeconds(60), "relay " + round + " published a while",
                    () -> outbox.sent() >= before + 1200 || !relay.isAlive());
            relay.killHard();
            long after = outbox.sent();
            LOG.infof("relay %d killed with %d of %d events marked sent", round, after, EVENTS);
            if (after < EVENTS) {
                kills++;
            }
        }
        assertTrue(kills >= 3, "the relays were killed in the middle of publishing, " + kills + " times");

        try (RelayProcess last = RelayProcess.start(outbox.database(), "kill-" + run + "-final", pace)) {
            Eventually.equals(Duration.ofSeconds(90), "events marked sent", (long) EVENTS, outbox::sent);
        }

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(TOPIC, Duration.ofSeconds(60),
                r -> r.stream().map(x -> TopicReader.header(x, "ce_id")).filter(ids::contains).distinct().count() >= EVENTS);
        List<ConsumerRecord<String, byte[]>> ours = new ArrayList<>(records.stream()
                .filter(r -> ids.contains(TopicReader.header(r, "ce_id"))).toList());
        assertEquals(EVENTS, ours.stream().map(r -> TopicReader.header(r, "ce_id")).distinct().count(), "every event reached Kafka");
        LOG.infof("%d records on Kafka for %d events: %d duplicates from the kills", ours.size(), EVENTS, ours.size() - EVENTS);
        OrderCheck.assertFirstSightingsInOrder(ours);

        Eventually.equals(Duration.ofSeconds(120), "events applied", (long) EVENTS, () -> Db.count(Db.APP,
                "SELECT count(DISTINCT event_id) FROM test_effect WHERE consumer = ? AND subject LIKE ?", EffectRecorder.NAME, run + "-%"));
        Lag.awaitZero(EffectRecorder.NAME, TOPIC);
        assertEquals(EVENTS, Db.count(Db.APP, "SELECT count(*) FROM test_effect WHERE consumer = ? AND subject LIKE ?",
                EffectRecorder.NAME, run + "-%"), "each event applied exactly once, duplicates included");
    }
}
