package org.alliance.eventing.relay;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliance.eventing.kafka.KafkaClients;
import org.alliance.eventing.outbox.OutboxSql;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka and marks them sent once the broker acknowledged them.
 *
 * <p>Each {@link RelayCycle} is one database transaction, on a connection of the relay's own: claim
 * up to {@code lanesPerClaim} lanes that have unsent rows with {@code FOR UPDATE SKIP LOCKED}, read
 * their oldest unsent rows in insertion order, send them all (acks=all, idempotent), wait for every
 * acknowledgement, mark the acknowledged rows sent, commit. A lane holds all events of the subjects hashed to it, and only the relay holding
 * the lane publishes them, so several relays never interleave one aggregate's events. Rows are found
 * by state (unsent), never by "position after the last one seen", so a transaction that commits late
 * is published on the next cycle. If the relay dies anywhere before the commit, the lanes are
 * released with its connection and the rows are sent again: at least once, in order.
 *
 * <p>Everything runs on one Vert.x context, one cycle at a time: after a cycle that sent rows the next
 * starts at once; after an empty one the relay waits for PostgreSQL to NOTIFY a commit on the outbox,
 * or for the poll interval. NOTIFY serialises the commits of the writers that send it, so they send it
 * only while a relay is registered as listening (see the V2 migration): before it sleeps, the relay
 * registers, waits until no writer that may have seen no listener is still in flight, and runs one
 * last cycle; when a cycle finds rows again it unregisters. Give it a Vert.x instance of its own: a
 * send can block it while the broker's metadata is missing.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** How soon a relay about to sleep looks again while some writer is still in flight: 5 ms, doubling up to 80 ms. */
    private static final long FIRST_RECHECK_MS = 5;
    private static final long LAST_RECHECK_MS = 80;

    private final Vertx vertx;
    private final RelaySettings settings;
    private final RelayMetrics metrics;
    private final Promise<Void> stopped = Promise.promise();
    private volatile boolean running;
    private Context context;
    private Pool pool;
    private PgSubscriber subscriber;
    private KafkaProducer<String, byte[]> producer;
    private RelayCycle cycle;
    // the fields below are touched only on the relay's context
    private boolean cycling;
    private boolean wakeRequested;
    private Integer registeredPid; // the LISTEN connection's server process this relay is registered with, if any
    private Future<Void> unregistering = Future.succeededFuture();
    private long recheck;
    private long timer = -1;
    private long backoff;
    private Instant nextCleanup = Instant.now();

    public OutboxRelay(Vertx vertx, RelaySettings settings, MeterRegistry registry) {
        this.vertx = vertx;
        this.settings = settings;
        this.metrics = new RelayMetrics(registry);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        PgConnectOptions connect = PgConnectOptions.fromUri(settings.databaseUri())
                .setUser(settings.user()).setPassword(settings.password() == null ? "" : settings.password())
                .setCachePreparedStatements(true);
        // The relay's own commits only mark rows sent. Not waiting for them to be flushed is safe: a crash
        // loses at most the last marks (WAL is lost only as a suffix), and those rows are sent again, in
        // order, which the consumers' inbox absorbs. It takes a disk flush off every cycle.
        // The outbox is a queue: its statistics describe it as it was when last analyzed, often nearly
        // empty, and a plan made for that (seen: the mark as a sequential scan of the whole queue on a
        // server without autovacuum) would stay cached while the table grows. Every statement of the
        // relay has an index that serves it at any size, so sequential scans are ruled out and each
        // statement is planned once per connection: planning the claim afresh cost more than running
        // it. Never compiled to machine code either, which estimates inflated by the ruled-out scans
        // would start, at a cost far above the statement's. (Figures: bench/results/eventing-2026-11-21-relay-plans.md.)
        PgConnectOptions relayConnect = new PgConnectOptions(connect).addProperty("synchronous_commit", "off")
                .addProperty("enable_seqscan", "off").addProperty("plan_cache_mode", "force_generic_plan")
                .addProperty("jit", "off");
        pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2).setName("eventing-relay")).connectingTo(relayConnect).using(vertx).build();
        producer = new KafkaProducer<>(KafkaClients.reliableProducer(settings.kafka(), "relay-" + settings.instance(),
                settings.deliveryTimeout(), settings.lingerMs()));
        context = vertx.getOrCreateContext();
        cycle = new RelayCycle(vertx, context, relayConnect, producer, settings, metrics);
        subscriber = PgSubscriber.subscriber(vertx, connect).reconnectPolicy(attempts -> 1000L);
        subscriber.channel(OutboxSql.CHANNEL).subscribeHandler(v -> wake()).handler(payload -> wake());
        running = true;
        context.runOnContext(v -> {
            cycling = true; // a NOTIFY before the first cycle only asks for another: one cycle at a time
            listen();
            pool.query(OutboxSql.DELETE_STALE_LISTENERS).execute().onComplete(ignored -> runCycle(false));
        });
        LOG.infof("outbox relay %s started", settings.instance());
    }

    /** Stops after the current cycle; a cycle still waiting for the broker is abandoned and rolled back. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        context.runOnContext(v -> {
            cancelTimer();
            if (!cycling) {
                stopped.tryComplete();
            }
        });
        boolean clean = await(stopped.future(), Duration.ofSeconds(5));
        producer.close(Duration.ofSeconds(clean ? 5 : 0)); // fails the sends a stuck cycle waits for
        await(stopped.future(), Duration.ofSeconds(5));
        context.runOnContext(v -> cycle.close());
        await(pool.preparedQuery(OutboxSql.UNREGISTER_LISTENER).execute(Tuple.of(settings.instance())), Duration.ofSeconds(5));
        await(subscriber.close(), Duration.ofSeconds(5));
        await(pool.close(), Duration.ofSeconds(5));
        LOG.infof("outbox relay %s stopped", settings.instance());
    }

    /** Connects the LISTEN connection; until it is up (and whenever it is down) the poll interval paces the relay. */
    private void listen() {
        subscriber.connect().onFailure(e -> {
            LOG.warnf("relay %s cannot LISTEN yet (%s); polling every %s meanwhile", settings.instance(), e.getMessage(),
                    settings.pollInterval());
            if (running) {
                context.runOnContext(v -> vertx.setTimer(5_000, t -> listen()));
            }
        });
    }

    /** A commit on the outbox: run a cycle now, or right after the one in progress. */
    private void wake() {
        context.runOnContext(v -> {
            if (!running) {
                return;
            }
            if (cycling) {
                wakeRequested = true;
            } else if (backoff == 0) {
                cancelTimer();
                runCycle(false);
            }
        });
    }

    /** {@code last}: the cycle before sleeping, started after no writer was in flight; if it is empty, sleep. */
    private void runCycle(boolean last) {
        if (!running) {
            idle();
            return;
        }
        cycling = true;
        wakeRequested = false;
        cleanupWhenDue().transform(ignored -> cycle.run(last)).onComplete(result -> {
            if (!running) {
                idle();
            } else if (result.failed()) {
                backoff = Math.min(Math.max(backoff * 2, 200), 5_000);
                LOG.warnf("relay %s cycle failed, retrying in %d ms: %s", settings.instance(), backoff, result.cause().getMessage());
                schedule(backoff);
            } else {
                backoff = 0;
                if (result.result() > 0 || wakeRequested) {
                    // the next cycle need not wait for the unregistration; only a registration must follow it
                    unregistering = unregister();
                    runCycle(false);
                } else if (last) {
                    schedule(settings.pollInterval().toMillis());
                } else {
                    prepareToSleep();
                }
            }
        });
    }

    /**
     * Registers as listening, so writers notify from now on; then, once no writer that may have missed
     * the registration is in flight, runs the last cycle before sleeping. While some writer still is,
     * cycles go on at a short interval (a writer that records events after the registration notifies).
     * Without a LISTEN connection there is nothing to register: the poll interval paces the relay.
     */
    private void prepareToSleep() {
        Integer pid = listenerPid();
        if (pid == null) {
            schedule(settings.pollInterval().toMillis());
            return;
        }
        // registration and check on one connection, sent together: the check runs after the registration committed
        Future<RowSet<Row>> checked = unregistering.compose(v -> pool.withConnection(connection -> {
            Future<?> registered = pid.equals(registeredPid) ? Future.succeededFuture()
                    : connection.preparedQuery(OutboxSql.REGISTER_LISTENER).execute(Tuple.of(settings.instance(), pid))
                            .onSuccess(rows -> registeredPid = pid);
            Future<RowSet<Row>> check = connection.query(OutboxSql.NO_WRITER_IN_FLIGHT).execute();
            return registered.compose(r -> check);
        }));
        checked.onComplete(result -> {
            if (!running) {
                idle();
            } else if (wakeRequested) {
                runCycle(false);
            } else if (result.failed()) {
                schedule(settings.pollInterval().toMillis());
            } else if (result.result().iterator().next().getBoolean("quiet")) {
                recheck = 0;
                runCycle(true);
            } else {
                // a long transaction (a roster import) can keep a writer in flight for seconds
                recheck = recheck == 0 ? FIRST_RECHECK_MS : Math.min(recheck * 2, LAST_RECHECK_MS);
                schedule(recheck);
            }
        });
    }

    /** Busy again: writers need not notify; a failure only leaves them notifying in vain. */
    private Future<Void> unregister() {
        if (registeredPid == null) {
            // the last unregistration may still be on its way: a registration must wait for it, or the
            // DELETE could land after it and leave the relay asleep, unannounced, until the next poll
            // (seen as stalls of most of a poll interval under load)
            return unregistering;
        }
        registeredPid = null;
        return pool.preparedQuery(OutboxSql.UNREGISTER_LISTENER).execute(Tuple.of(settings.instance())).<Void>mapEmpty().otherwiseEmpty();
    }

    private Integer listenerPid() {
        PgConnection connection = subscriber.closed() ? null : subscriber.actualConnection();
        return connection == null ? null : connection.processId();
    }

    /** Nothing in progress: a NOTIFY may start a cycle, a stop may complete. */
    private void idle() {
        cycling = false;
        if (!running) {
            stopped.tryComplete();
        }
    }

    /** Idle until {@code delay} has passed (or a NOTIFY comes). */
    private void schedule(long delay) {
        idle();
        timer = vertx.setTimer(Math.max(1, delay), t -> {
            timer = -1;
            runCycle(false);
        });
    }

    private void cancelTimer() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    /** Deletes rows sent more than keep-sent ago, at most every cleanup-interval; a failure only waits for next time. */
    private Future<Void> cleanupWhenDue() {
        if (Instant.now().isBefore(nextCleanup)) {
            return Future.succeededFuture();
        }
        nextCleanup = Instant.now().plus(settings.cleanupInterval());
        pool.query(OutboxSql.DELETE_STALE_LISTENERS).execute();
        return pool.preparedQuery(OutboxSql.DELETE_SENT).execute(Tuple.of((double) settings.keepSent().toSeconds()))
                .onSuccess(rows -> LOG.debugf("relay %s deleted %d sent rows", settings.instance(), rows.rowCount()))
                .onFailure(e -> LOG.debugf("relay %s could not delete sent rows: %s", settings.instance(), e.getMessage()))
                .<Void>mapEmpty()
                .otherwiseEmpty();
    }

    /** Waits for {@code future} from a thread that is not the relay's; true if it completed in time. */
    private static boolean await(Future<?> future, Duration timeout) {
        try {
            future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
