package org.alliance.eventing.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The outbox's health as gauges: how many events wait to be published and how old the oldest is.
 * Measured by the service itself, so they stay true when the relay runs as its own process or dies.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();

    void register(@Observes StartupEvent event) {
        Gauge.builder("alliance.eventing.outbox.backlog", backlog, AtomicLong::get)
                .description("Events recorded but not yet acknowledged by the broker").register(registry);
        Gauge.builder("alliance.eventing.outbox.oldest.unsent.age.seconds", oldestMillis, v -> v.get() / 1000.0)
                .description("Age of the oldest event not yet acknowledged by the broker; 0 when none waits")
                .register(registry);
    }

    @Scheduled(every = "${alliance.eventing.metrics-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return pool.query(OutboxSql.BACKLOG).execute()
                .invoke(rows -> rows.forEach(row -> {
                    backlog.set(row.getLong("backlog"));
                    oldestMillis.set(Math.round(row.getDouble("oldest_seconds") * 1000));
                }))
                .onFailure().invoke(e -> LOG.debugf("cannot measure the outbox backlog: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    public long backlog() {
        return backlog.get();
    }
}
