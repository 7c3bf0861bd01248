package org.alliance.eventing.support;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.IncomingEvent;

/** A consumer that applies every event by writing one effect row with Panache. */
@ApplicationScoped
public class EffectRecorder implements EventHandler {

    public static final String NAME = "test.effects";

    @Override
    public String consumerName() {
        return NAME;
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch().fromTopics("test.ledger", "test.late", "test.kill", "test.triple", "test.broker")
                .on(Counted.class, (counted, event) -> apply(event, counted.seq()))
                .on(AccountOpened.class, (opened, event) -> apply(event, 0));
    }

    private static Uni<Void> apply(IncomingEvent event, int seq) {
        return TestEffect.of(NAME, event, seq).persist().replaceWithVoid();
    }
}
