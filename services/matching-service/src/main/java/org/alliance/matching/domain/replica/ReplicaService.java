package org.alliance.matching.domain.replica;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Identifier;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alliance.eventing.kafka.KafkaClients;
import org.alliance.matching.config.ReplicaConfig;
import org.alliance.matching.domain.Matchmaker;
import org.alliance.matching.domain.search.Catalog;
import org.alliance.matching.domain.search.OpenNeeds;
import org.jboss.logging.Logger;
import org.alliance.matching.messaging.replica.ReplicaLoader;

/**
 * Brings the in-memory catalog up at start (from the replica tables), rebuilds the replica from the
 * registry topics when it is empty (or always, or never: {@code alliance.matching.replica.rebuild-at-start})
 * and on an operator's request, then re-scores the open needs against the rebuilt replica.
 */
@ApplicationScoped
public class ReplicaService {

    private static final Logger LOG = Logger.getLogger(ReplicaService.class);
    /** Open needs re-scored per transaction after a rebuild. */
    private static final int RESCORE_BATCH = 50;

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public record Status(State state, Instant startedAt, Instant finishedAt, ReplicaLoader.Result result, String error,
            int studios, int enterprises, int activeLinks, int openNeeds) {
    }

    @Inject
    Pool pool;

    @Inject
    Catalog catalog;

    @Inject
    OpenNeeds openNeeds;

    @Inject
    Matchmaker matchmaker;

    @Inject
    ReplicaConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "replica-rebuild");
        t.setDaemon(true); // a rebuild in progress must not hold the service up at shutdown
        return t;
    });
    private volatile State state = State.IDLE;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile ReplicaLoader.Result result;
    private volatile String error;

    // before the inbox consumers start (priority 300), so live events land on a loaded catalog
    void start(@Observes @Priority(200) StartupEvent event) {
        catalog.loadFrom(pool).await().indefinitely();
        pool.query("SELECT id, enterprise_id, title, description FROM need WHERE status = 'OPEN'").execute()
                .await().indefinitely()
                .forEach(r -> openNeeds.put(r.getUUID("id"), r.getUUID("enterprise_id"),
                        catalog.text().queryTerms(r.getString("title"), r.getString("description"), Integer.MAX_VALUE).keySet()));
        boolean empty = catalog.studioCount() == 0 && catalog.enterpriseCount() == 0;
        if (config.rebuildAtStart() == ReplicaConfig.RebuildAtStart.ALWAYS
                || config.rebuildAtStart() == ReplicaConfig.RebuildAtStart.WHEN_EMPTY && empty) {
            rebuild();
        }
    }

    /** Starts a rebuild unless one is running; answers the status either way. */
    public synchronized Status rebuild() {
        if (state != State.RUNNING) {
            state = State.RUNNING;
            startedAt = Instant.now();
            finishedAt = null;
            error = null;
            worker.submit(this::run);
        }
        return status();
    }

    private void run() {
        try {
            ReplicaLoader loader = new ReplicaLoader(pool, KafkaClients.connection(kafka), config.batchSize(),
                    config.brokerTimeout(), registry, ReplicaLoader.Topics.REGISTRY);
            ReplicaLoader.Result done = loader.rebuild(catalog);
            LOG.infof("replica rebuilt from the topics: %d studios, %d enterprises, %d links in %d ms; skipped %s",
                    done.studios(), done.enterprises(), done.links(), done.total().toMillis(), done.skipped());
            List<UUID> needs = openNeeds.all();
            for (int from = 0; from < needs.size(); from += RESCORE_BATCH) {
                List<UUID> batch = needs.subList(from, Math.min(needs.size(), from + RESCORE_BATCH));
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> matchmaker.rescore(new HashSet<>(batch))));
            }
            result = done;
            state = State.DONE;
        } catch (Throwable e) {
            LOG.error("replica rebuild failed", e);
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            state = State.FAILED;
        } finally {
            finishedAt = Instant.now();
        }
    }

    public Status status() {
        return new Status(state, startedAt, finishedAt, result, error, catalog.studioCount(), catalog.enterpriseCount(),
                catalog.linkCount(), openNeeds.size());
    }
}
