package org.alliance.eventing.support;

import io.quarkus.arc.lookup.LookupIfProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.IncomingEvent;

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
    public List<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return TestEffect.of(NAME, event).persist().replaceWithVoid();
    }
}
