package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.alliance.eventing.contract.EventExamples;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.eventing.sql.SessionSql;
import org.alliance.eventing.support.Counted;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.Tx;
import org.alliance.events.application.OutcomePublished;
import org.alliance.events.registry.StudioRegistered;
import org.alliance.testing.AllianceTestResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A payload record is recorded on the topic of its type's AsyncAPI channel, under its type and its
 * subject. Looked at inside the transaction, which then rolls back: these topics are not the test
 * application's, so nothing is ever published to them.
 */
@QuarkusTest
@Order(1)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class PayloadTopicTest {

    @Inject
    Outbox outbox;

    @Test
    void aPayloadIsRecordedOnItsTypesChannelUnderItsSubject() {
        OutcomePublished outcome = EventExamples.incoming(OutcomePublished.class).get(0).dataAs(OutcomePublished.class);
        StudioRegistered studio = EventExamples.incoming(StudioRegistered.class).get(0).dataAs(StudioRegistered.class);
        List<Object[]> rows = rolledBack(() -> outbox.recordAll(List.of(outcome, studio)),
                "SELECT topic, type, subject, payload->>'title' FROM eventing.outbox_event WHERE subject IN ($1, $2)"
                        + " ORDER BY position", outcome.subject(), studio.subject());
        assertEquals(2, rows.size());
        assertEquals(List.of("alliance.application.outcome", "outcome.published.v1", outcome.outcomeId().toString(),
                outcome.title()), Arrays.asList(rows.get(0)));
        assertEquals(List.of("alliance.registry.studio", "studio.registered.v1", studio.state().studioId().toString()),
                Arrays.asList(rows.get(1)).subList(0, 3));
        assertEquals(0, Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject = ?", outcome.subject()),
                "rolled back");
    }

    @Test
    void aPayloadOfATypeNoChannelCarriesIsRefused() {
        String subject = "no-channel-" + UUID.randomUUID();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Tx.await(() -> Panache.withTransaction(
                () -> outbox.record(new Counted(subject, 1, null)))));
        assertTrue(OutboxTransactionTest.rootCause(thrown).getMessage().contains("is carried by no channel"),
                thrown.getMessage());
        assertEquals(0, Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject = ?", subject));
    }

    /** Runs {@code record}, reads {@code sql} in the same transaction, then rolls the transaction back. */
    private static List<Object[]> rolledBack(Supplier<Uni<Void>> record, String sql, Object... parameters) {
        List<Object[]> seen = new ArrayList<>();
        IllegalStateException rollback = new IllegalStateException("rolled back on purpose");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Tx.await(() -> Panache.withTransaction(
                () -> record.get().chain(() -> SessionSql.rows(sql, parameters)).invoke(seen::addAll)
                        .chain(() -> Uni.createFrom().failure(rollback)))));
        assertEquals(rollback, OutboxTransactionTest.rootCause(thrown), "the transaction failed only because it was told to");
        return seen;
    }
}
