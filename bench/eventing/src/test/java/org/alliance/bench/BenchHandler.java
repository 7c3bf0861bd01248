package org.alliance.bench;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.IncomingEvent;
import org.alliance.eventing.inbox.EventApplied;

/** The consumer side: applies each event with a write, and notes when its transaction committed. */
@ApplicationScoped
public class BenchHandler implements EventHandler {

    public static final String NAME = "bench.apply";

    private final Timestamps applied = new Timestamps();
    private final AtomicLong appliedCount = new AtomicLong();

    @Override
    public String consumerName() {
        return NAME;
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch().fromTopics(ItemWriter.TOPIC).on(ItemCreated.class, this::apply);
    }

    private Uni<Void> apply(ItemCreated item, IncomingEvent event) {
        BenchApplied applied = new BenchApplied();
        applied.eventId = event.id();
        applied.seq = item.seq();
        return applied.persist().replaceWithVoid();
    }

    /** seq -> System.nanoTime() right after the inbox transaction that applied it committed (a method: the bean is a proxy). */
    public Timestamps applied() {
        return applied;
    }

    public long appliedCount() {
        return appliedCount.get();
    }

    void committed(@Observes EventApplied applied) {
        if (NAME.equals(applied.consumer())) {
            this.applied.put(applied.event().data().path("seq").asLong(), System.nanoTime());
            appliedCount.incrementAndGet();
        }
    }
}
