package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.alliance.eventing.relay.CloudEventRecords;
import org.alliance.eventing.support.Accounts;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.RelayProcess;
import org.alliance.eventing.support.TopicReader;
import org.alliance.eventing.support.Tx;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** With two relays publishing from one outbox, every aggregate's events still reach Kafka in order. */
@QuarkusTest
@Order(6)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class TwoRelaysOrderTest {

    private static final Logger LOG = Logger.getLogger(TwoRelaysOrderTest.class);
    private static final String TOPIC = "test.order";
    private static final int AGGREGATES = 100;
    private static final int EVENTS_EACH = 50;

    @Inject
    Accounts accounts;

    @Test
    void hundredAggregatesTimesFiftyEventsArriveInOrderPerAggregate() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (RelayProcess second = RelayProcess.start(Db.APP, "order-" + run, Map.of("batch-size", "50", "poll-interval", "200ms"))) {
            Eventually.until(Duration.ofSeconds(30), "the second relay listens", () -> Db.count(Db.APP,
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND query ILIKE 'LISTEN%'", TestPostgres.physical(Db.APP)) >= 2);
            // each aggregate's events are written one after the other, as a service serialises writes to one aggregate
            ExecutorService writers = Executors.newFixedThreadPool(20);
            List<Future<?>> done = new ArrayList<>();
            for (int a = 0; a < AGGREGATES; a++) {
                String subject = run + "-" + a;
                done.add(writers.submit(() -> {
                    for (int seq = 1; seq <= EVENTS_EACH; seq++) {
                        int s = seq;
                        Tx.await(() -> accounts.count(TOPIC, subject, s));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            writers.shutdown();
            Eventually.equals(Duration.ofSeconds(60), "unsent rows of the run", 0L, () -> Db.count(Db.APP,
                    "SELECT count(*) FROM eventing.outbox_event WHERE topic = ? AND sent_at IS NULL", TOPIC));
        }

        int total = AGGREGATES * EVENTS_EACH;
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(TOPIC, Duration.ofSeconds(60),
                // distinct ids: a relay may send an event twice (at least once), and a copy must not stand in for another event
                r -> r.stream().filter(x -> x.key().startsWith(run)).map(x -> TopicReader.header(x, "ce_id")).distinct().count() >= total);
        List<ConsumerRecord<String, byte[]>> ours = records.stream().filter(x -> x.key().startsWith(run)).toList();
        assertEquals(total, ours.stream().map(r -> TopicReader.header(r, "ce_id")).distinct().count());
        assertEquals(AGGREGATES, OrderCheck.assertFirstSightingsInOrder(ours));
        Map<String, Long> byRelay = ours.stream().collect(Collectors.groupingBy(
                r -> TopicReader.header(r, CloudEventRecords.RELAY_HEADER), Collectors.counting()));
        LOG.infof("events per relay: %s", byRelay);
        Set<String> relays = byRelay.keySet();
        assertEquals(2, relays.size(), "both relays published: " + byRelay);
        assertTrue(relays.stream().anyMatch(r -> r.startsWith("order-")), "the second relay took part");
    }
}
