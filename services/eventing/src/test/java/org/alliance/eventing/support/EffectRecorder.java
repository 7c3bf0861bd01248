package org.alliance.eventing.support;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
    public List<String> topics() {
        return List.of("test.ledger", "test.late", "test.kill", "test.triple", "test.broker");
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return TestEffect.of(NAME, event).persist().replaceWithVoid();
    }
}
