package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.alliance.eventing.outbox.Outbox;
import org.alliance.eventing.support.Accounts;
import org.alliance.eventing.support.Counted;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.TopicReader;
import org.alliance.eventing.support.Tx;
import org.alliance.testing.AllianceTestResource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The relay looks for unsent rows, not for rows after the last one it saw: a late commit is not skipped. */
@QuarkusTest
@Order(2)
@QuarkusTestResource(value = AllianceTestResource.class, initArgs = @ResourceArg(name = "database", value = "eventing_test"))
class LateCommitTest {

    private static final String TOPIC = "test.late";

    @Inject
    Outbox outbox;

    @Inject
    Accounts accounts;

    @Test
    void aTransactionThatTookItsPositionFirstButCommitsLastIsStillPublished() throws Exception {
        String early = "early-" + UUID.randomUUID();
        String late = "late-" + UUID.randomUUID();
        CompletableFuture<Void> inserted = new CompletableFuture<>();
        CompletableFuture<Void> mayCommit = new CompletableFuture<>();
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> Tx.await(() -> {
            Context context = Vertx.currentContext();
            return Panache.withTransaction(() -> outbox
                    .record(DomainEvent.of(TOPIC, new Counted(early, 1, "早")))
                    .invoke(() -> inserted.complete(null))
                    // hold the transaction open; resume on its own Vert.x context, where its session lives
                    .chain(() -> Uni.createFrom().completionStage(mayCommit)
                            .emitOn(task -> context.runOnContext(v -> task.run()))));
        }));
        inserted.get(30, TimeUnit.SECONDS);

        Tx.await(() -> accounts.count(TOPIC, late, 1));
        assertTrue(TopicReader.readUntil(TOPIC, Duration.ofSeconds(30), r -> r.stream().anyMatch(x -> late.equals(x.key())))
                .stream().anyMatch(x -> late.equals(x.key())), "the later position, committed first, is published");
        assertEquals(0, Db.count(Db.APP, "SELECT count(*) FROM eventing.outbox_event WHERE subject = ?", early),
                "the early transaction has not committed yet");

        mayCommit.complete(null);
        slow.get(30, TimeUnit.SECONDS);
        long earlyPosition = Db.count(Db.APP, "SELECT position FROM eventing.outbox_event WHERE subject = ?", early);
        long latePosition = Db.count(Db.APP, "SELECT position FROM eventing.outbox_event WHERE subject = ?", late);
        assertTrue(earlyPosition < latePosition, "the early transaction took the lower position");
        assertTrue(TopicReader.readUntil(TOPIC, Duration.ofSeconds(30), r -> r.stream().anyMatch(x -> early.equals(x.key())))
                .stream().anyMatch(x -> early.equals(x.key())), "the late commit is published too");
    }
}
