package org.alliance.eventing.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.config.EventingConfig;
import org.alliance.eventing.contract.EventSchemas;
import org.alliance.eventing.kafka.KafkaClients;
import org.jboss.logging.Logger;

/** Starts one inbox consumer per {@link EventHandler} bean once the topics exist, and stops them on shutdown. */
@ApplicationScoped
public class InboxRunner {

    public static final int PRIORITY = 300;
    private static final Logger LOG = Logger.getLogger(InboxRunner.class);

    @Inject
    EventingConfig config;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    MeterRegistry registry;

    @Inject
    Event<EventApplied> applied;

    @Inject
    Pool pool;

    private final List<InboxConsumer> consumers = new CopyOnWriteArrayList<>();

    void start(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (!config.consumer().enabled()) {
            return;
        }
        EventingConfig.Consumer c = config.consumer();
        InboxSettings settings = new InboxSettings(KafkaClients.connection(kafka), c.maxAttempts(), c.initialBackoff(), c.maxBackoff(),
                c.commitInterval(), c.sessionTimeout());
        IncomingDecoder decoder = new IncomingDecoder(EventSchemas.classpath());
        Set<String> names = new HashSet<>();
        for (EventHandler handler : handlers) {
            if (!names.add(handler.consumerName())) {
                throw new IllegalStateException("two event handlers share the consumer name " + handler.consumerName());
            }
            if (handler.events().types().isEmpty()) {
                throw new IllegalStateException("event handler " + handler.consumerName() + " names no event types");
            }
            String name = handler.consumerName();
            InboxConsumer consumer = new InboxConsumer(handler, settings, decoder, registry,
                    e -> applied.fire(new EventApplied(name, e)));
            consumers.add(consumer);
            consumer.start();
            LOG.infof("consumer %s reads %s", name, handler.events().topics());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        consumers.forEach(InboxConsumer::stop);
        consumers.clear();
    }

    /** Makes a handler that never completes loud: its consumer is stuck, and its partitions with it. */
    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void reportStalls() {
        for (InboxConsumer consumer : consumers) {
            double seconds = consumer.transactionSeconds();
            if (seconds > 60) {
                LOG.errorf("consumer %s: its inbox transaction has been running for %.0f s; the handler's Uni may never complete",
                        consumer.name(), seconds);
            }
        }
    }

    /** Deletes old inbox rows when a retention is configured; by default they are kept. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> purge() {
        return config.consumer().inboxRetention()
                .map(retention -> pool.preparedQuery(InboxSql.DELETE_OLDER_THAN)
                        .execute(Tuple.of((double) retention.toSeconds()))
                        .invoke(rows -> LOG.debugf("deleted %d inbox rows", rows.rowCount()))
                        .replaceWithVoid())
                .orElse(Uni.createFrom().voidItem());
    }
}
