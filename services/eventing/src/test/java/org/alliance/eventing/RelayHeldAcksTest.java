package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.broker.KafkaBroker;
import org.alliance.broker.KafkaCluster;
import org.alliance.eventing.support.Copies;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.ForeignOutbox;
import org.alliance.eventing.support.RelayProcess;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestKafka;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A relay is killed while the broker holds back its acknowledgements: every broker is frozen with
 * SIGSTOP in the middle of publishing, so produce requests are sent and never answered; the relay is
 * then killed with SIGKILL, and so are the frozen brokers, which discards whatever reached their
 * sockets unread. After the brokers restart and a new relay runs, every event is on Kafka.
 *
 * <p>A relay that marked rows sent before the broker acknowledged them loses them here every time:
 * while the brokers are frozen its sends only fill the producer's buffer, so it marks the whole
 * backlog within the pause, and the kill takes the buffer with it.
 */
@QuarkusTest
@Order(90)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class RelayHeldAcksTest {

    private static final Logger LOG = Logger.getLogger(RelayHeldAcksTest.class);
    private static final String TOPIC = "test.held";
    private static final String DATABASE = "eventing_held";
    private static final int EVENTS = 3_000;
    private static final Map<String, String> PACE = Map.of("batch-size", "100", "lanes-per-claim", "32", "poll-interval", "200ms");

    @Test
    void aRelayKilledWhileAcknowledgementsAreHeldBackLosesNothing() throws Exception {
        ForeignOutbox outbox = ForeignOutbox.fresh(DATABASE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> subjects = new ArrayList<>();
        List<Integer> seqs = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            subjects.add(run + "-" + (i % 100));
            seqs.add(i / 100 + 1);
        }
        Set<String> ids = outbox.write(TOPIC, subjects, seqs).stream().map(UUID::toString).collect(Collectors.toSet());

        KafkaCluster kafka = TestKafka.cluster();
        RelayProcess relay = RelayProcess.start(DATABASE, "held-" + run, PACE);
        long sentBeforePause;
        try {
            Eventually.until(Duration.ofSeconds(60), "the relay published a while", () -> outbox.sent() >= 300 || !relay.isAlive());
            for (KafkaBroker broker : kafka.brokers()) {
                broker.pause();
            }
            sentBeforePause = outbox.sent();
            // the relay goes on claiming and sending into the silence; nothing it sends now is acknowledged
            Eventually.sleep(3_000);
            relay.killHard();
        } finally {
            relay.killHard();
            for (KafkaBroker broker : kafka.brokers()) {
                broker.kill();
            }
            kafka.start();
        }
        long markedWhilePaused = outbox.sent() - sentBeforePause;
        LOG.infof("relay killed: %d events marked sent before the pause, %d while the brokers were frozen", sentBeforePause,
                markedWhilePaused);
        assertTrue(sentBeforePause < EVENTS, "the brokers froze in the middle of publishing");

        try (RelayProcess next = RelayProcess.start(DATABASE, "held-" + run + "-next", PACE)) {
            Eventually.equals(Duration.ofSeconds(120), "unsent events", 0L, outbox::unsent);
        }
        Copies copies = Copies.onTopic(TOPIC, ids);
        LOG.infof("%d events on Kafka, %d duplicates", copies.distinct(), copies.duplicates());
        assertEquals(List.of(), copies.missing(ids), "every event marked sent is on Kafka");
    }
}
