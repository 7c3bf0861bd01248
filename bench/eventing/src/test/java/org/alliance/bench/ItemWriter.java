package org.alliance.bench;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.outbox.Outbox;

/** The service side of the pipeline: an item insert and its event, committed together. */
@ApplicationScoped
public class ItemWriter {

    public static final String TOPIC = "bench.pipeline";

    @Inject
    Outbox outbox;

    @Inject
    Vertx vertx;

    /**
     * Starts, without waiting, one transaction that creates {@code events} items (seq, seq + 1, ...)
     * and records an event for each; {@code committed} gets the nanoTime of the commit.
     */
    public void create(long seq, int events, LongConsumer committed, Consumer<Throwable> failed) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> Panache.withTransaction(() -> Multi.createFrom().range(0, events)
                        .onItem().transformToUniAndConcatenate(i -> createOne(seq + i))
                        .collect().last())
                .subscribe().with(ok -> committed.accept(System.nanoTime()), failed));
    }

    private Uni<Void> createOne(long seq) {
        BenchItem item = new BenchItem();
        item.id = UUID.randomUUID();
        item.seq = seq;
        return item.persist().chain(() -> outbox.record(DomainEvent.of(TOPIC, new ItemCreated(item.id, seq))));
    }
}
