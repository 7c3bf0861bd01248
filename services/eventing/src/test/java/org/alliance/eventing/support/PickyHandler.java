package org.alliance.eventing.support;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.IncomingEvent;
import org.alliance.eventing.outbox.Outbox;

/**
 * A consumer whose handler always fails for events noted "always-fail", and which answers events
 * noted "echo" with an event of its own, recorded in the same transaction as its inbox row.
 */
@ApplicationScoped
public class PickyHandler implements EventHandler {

    public static final String NAME = "test.picky";
    public static final String TOPIC = "test.dlq-source";
    public static final String ECHO_TOPIC = "test.state";

    @Inject
    Outbox outbox;

    @Override
    public String consumerName() {
        return NAME;
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch().fromTopics(TOPIC).on(Counted.class, this::apply);
    }

    private Uni<Void> apply(Counted counted, IncomingEvent event) {
        String note = counted.note() == null ? "" : counted.note();
        if (note.equals("always-fail")) {
            return Uni.createFrom().failure(new IllegalStateException("this handler never accepts " + event.id()));
        }
        Uni<Void> effect = TestEffect.of(NAME, event, counted.seq()).persist().replaceWithVoid();
        if (note.equals("echo")) {
            return effect.chain(() -> outbox.record(DomainEvent.of(ECHO_TOPIC,
                    new Counted(event.subject(), counted.seq(), "echo of " + event.id()))));
        }
        return effect;
    }
}
