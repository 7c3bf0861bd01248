package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.Eventually;
import org.alliance.eventing.support.ForeignOutbox;
import org.alliance.eventing.support.RelayProcess;
import org.alliance.eventing.support.TopicReader;
import org.alliance.testing.AllianceTestResource;
import org.alliance.testing.TestPostgres;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Writers notify only while a relay is registered as listening (NOTIFY serialises their commits). A
 * relay polling only every two minutes must still publish within seconds: a commit by a writer that
 * saw no listener, one while it sleeps, and the tail of a burst.
 */
@QuarkusTest
@Order(8)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class RelayWakeTest {

    private static final String TOPIC = "test.wake";
    private static final Duration SOON = Duration.ofSeconds(20);

    @Test
    void aSleepingRelayMissesNoCommit() throws Exception {
        ForeignOutbox outbox = ForeignOutbox.fresh("eventing_wake");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String relayName = "wake-" + run;
        try (Connection writer = TestPostgres.server().connect(outbox.database()); PreparedStatement insert = ForeignOutbox.insert(writer)) {
            // recorded while no relay listens, so this writer will not notify; it commits only later
            writer.setAutoCommit(false);
            ForeignOutbox.bind(insert, TOPIC, run + "-in-flight", 1);
            insert.executeUpdate();
            // what a relay killed while listening leaves behind
            Db.update(outbox.database(), "INSERT INTO eventing.relay_listener (instance, backend_pid) VALUES ('gone', -1)");

            try (RelayProcess relay = RelayProcess.start(outbox.database(), relayName, Map.of("poll-interval", "120s"))) {
                Eventually.until(Duration.ofSeconds(60), "the relay registered as listening, the stale registration gone",
                        () -> Db.rows(outbox.database(), "SELECT instance FROM eventing.relay_listener WHERE listening")
                                .equals(List.of(List.of(relayName))));
                Thread.sleep(500);
                writer.commit();
                assertPublishedSoon(List.of(run + "-in-flight"), "the commit of a writer that saw no listener");

                outbox.write(TOPIC, List.of(run + "-single"), List.of(1));
                assertPublishedSoon(List.of(run + "-single"), "a commit while the relay sleeps");

                List<String> burst = new ArrayList<>();
                List<Integer> seqs = new ArrayList<>();
                for (int i = 0; i < 3_000; i++) {
                    burst.add(run + "-burst-" + i);
                    seqs.add(1);
                }
                outbox.write(TOPIC, burst, seqs);
                assertPublishedSoon(burst, "a burst, to its last event");
                Eventually.until(Duration.ofSeconds(30), "the relay listens again after the burst",
                        () -> Db.count(outbox.database(), "SELECT count(*) FROM eventing.relay_listener WHERE instance = ? AND listening",
                                relayName) == 1);
                assertEquals(0, outbox.unsent());
            }
        }
        assertEquals(0, Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE topic = ?", TOPIC),
                "only the relay of the test's own outbox published these");
    }

    private static void assertPublishedSoon(List<String> subjects, String what) {
        Set<String> missing = new HashSet<>(subjects);
        TopicReader.readUntil(TOPIC, SOON, records -> {
            records.forEach(r -> missing.remove(r.key()));
            return missing.isEmpty();
        });
        assertTrue(missing.isEmpty(), what + ": " + missing.size() + " of " + subjects.size() + " not published within " + SOON);
    }
}
