package org.alliance.eventing.support;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;

/**
 * The consumer that runs only in a {@link org.alliance.eventing.ConsumerProcess}, the test application
 * as a process of its own that a test kills: it applies every event by writing one effect row.
 */
@ApplicationScoped
@LookupIfProperty(name = KillableConsumer.SWITCH, stringValue = "true")
public class KillableConsumer implements EventHandler {

    public static final String SWITCH = "alliance.test.consumer-process";
    public static final String NAME = "test.sigkill";
    public static final String TOPIC = "test.sigkill";

    @Override
    public String consumerName() {
        return NAME;
    }

    @Override
    public EventDispatch events() {
        return new EventDispatch().fromTopics(TOPIC)
                .on(Counted.class, (counted, event) -> TestEffect.of(NAME, event, counted.seq()).persist().replaceWithVoid());
    }
}
