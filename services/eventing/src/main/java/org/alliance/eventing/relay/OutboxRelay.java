package org.alliance.eventing.relay;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliance.eventing.kafka.KafkaClients;
import org.alliance.eventing.outbox.OutboxSql;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka and marks them sent once the broker acknowledged them.
 *
 * <p>One cycle runs in one database transaction: claim up to {@code lanesPerClaim} lanes that have
 * unsent rows with {@code FOR UPDATE SKIP LOCKED}, read their oldest unsent rows in insertion order,
 * send them all (acks=all, idempotent), wait for every acknowledgement, mark the acknowledged rows
 * sent, commit. A lane holds all events of the subjects hashed to it, and only the relay holding the
 * lane publishes them, so several relays never interleave one aggregate's events. Rows are found by
 * state (unsent), never by "position after the last one seen", so a transaction that commits late is
 * published on the next cycle. If the relay dies anywhere before the commit, the lanes are released
 * with its connection and the rows are sent again: at least once, in order.
 *
 * <p>The loop runs on its own thread and blocks on the reactive client's futures there, never on an
 * event loop; it sleeps until PostgreSQL NOTIFYs a commit on the outbox, or the poll interval passes.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration SQL_TIMEOUT = Duration.ofSeconds(30);

    private final Vertx vertx;
    private final RelaySettings settings;
    private final RelayMetrics metrics;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Pool pool;
    private PgSubscriber subscriber;
    private KafkaProducer<String, byte[]> producer;
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
        pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2).setName("eventing-relay")).connectingTo(connect).using(vertx).build();
        subscriber = PgSubscriber.subscriber(vertx, connect).reconnectPolicy(attempts -> 1000L);
        subscriber.channel(OutboxSql.CHANNEL)
                .subscribeHandler(v -> wakeups.release())
                .handler(payload -> wakeups.release());
        running = true;
        listen();
        producer = new KafkaProducer<>(KafkaClients.reliableProducer(settings.kafka(), "relay-" + settings.instance(),
                settings.deliveryTimeout(), settings.lingerMs()));
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("outbox relay %s started", settings.instance());
    }

    /** Connects the LISTEN connection; until it is up (and whenever it is down) the poll interval paces the relay. */
    private void listen() {
        subscriber.connect().onFailure(e -> {
            LOG.warnf("relay %s cannot LISTEN yet (%s); polling every %s meanwhile", settings.instance(), e.getMessage(),
                    settings.pollInterval());
            if (running) {
                vertx.setTimer(5_000, t -> listen());
            }
        });
    }

    /** Stops after the current cycle; a cycle still waiting for the broker is abandoned and rolled back. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeups.release();
        try {
            thread.join(5_000);
            producer.close(Duration.ofSeconds(thread.isAlive() ? 0 : 5));
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        await(subscriber.close());
        await(pool.close());
        LOG.infof("outbox relay %s stopped", settings.instance());
    }

    private void loop() {
        long backoff = 0;
        while (running) {
            try {
                cleanupWhenDue();
                int published = cycle();
                backoff = 0;
                if (published == 0) {
                    wakeups.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                backoff = Math.min(Math.max(backoff * 2, 200), 5_000);
                LOG.warnf("relay %s cycle failed, retrying in %d ms: %s", settings.instance(), backoff, e.getMessage());
                sleep(backoff);
            }
        }
    }

    /**
     * One claim-publish-mark transaction; returns how many rows it marked sent. BEGIN and the claim,
     * and the UPDATE and COMMIT, are pipelined on the connection: two round trips to the database
     * per cycle besides the broker's acknowledgements.
     */
    int cycle() throws InterruptedException {
        SqlConnection connection = await(pool.getConnection());
        try {
            Future<Transaction> begun = connection.begin();
            Future<RowSet<Row>> claimed = connection.preparedQuery(OutboxSql.CLAIM_AND_SELECT)
                    .execute(Tuple.of((long) settings.lanesPerClaim(), (long) settings.batchSize()));
            Transaction tx = await(begun);
            try {
                List<OutboxRow> rows = new ArrayList<>();
                for (Row row : await(claimed)) {
                    rows.add(OutboxRow.from(row));
                }
                if (rows.isEmpty()) {
                    await(tx.rollback());
                    return 0;
                }
                List<Long> sent = publish(rows);
                Future<RowSet<Row>> marked = sent.isEmpty() ? Future.succeededFuture()
                        : connection.preparedQuery(OutboxSql.MARK_SENT).execute(Tuple.of(sent.toArray(new Long[0])));
                Future<Void> committed = tx.commit();
                await(marked);
                await(committed);
                return sent.size();
            } catch (RuntimeException | InterruptedException e) {
                tx.rollback();
                throw e;
            }
        } finally {
            connection.close();
        }
    }

    /**
     * Sends the rows and returns the positions safe to mark sent: in each lane, the acknowledged rows
     * before the first failure. Later rows of a failed lane are not even sent, and stay unsent, so
     * their order behind the failed one holds when the next cycle retries.
     */
    private List<Long> publish(List<OutboxRow> rows) throws InterruptedException {
        Instant start = Instant.now();
        List<CompletableFuture<RecordMetadata>> acks = new ArrayList<>(rows.size());
        Set<Short> stoppedLanes = new HashSet<>();
        for (OutboxRow row : rows) {
            CompletableFuture<RecordMetadata> ack = new CompletableFuture<>();
            acks.add(ack);
            if (stoppedLanes.contains(row.lane())) {
                ack.completeExceptionally(new IllegalStateException("an earlier event of this lane failed"));
                continue;
            }
            try {
                ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(row, settings.instance());
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        ack.complete(metadata);
                    } else {
                        ack.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                ack.completeExceptionally(e);
                stoppedLanes.add(row.lane());
            }
        }
        awaitAll(acks);
        Instant acknowledged = Instant.now();
        List<Long> sent = new ArrayList<>(rows.size());
        Set<Short> failedLanes = new HashSet<>();
        Throwable firstFailure = null;
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            CompletableFuture<RecordMetadata> ack = acks.get(i);
            if (!failedLanes.contains(row.lane()) && ack.isDone() && !ack.isCompletedExceptionally()) {
                sent.add(row.position());
                metrics.delay(Duration.between(row.createdAt().toInstant(), acknowledged));
            } else {
                failedLanes.add(row.lane());
                if (firstFailure == null) {
                    firstFailure = ack.isDone() ? ack.handle((m, e) -> e).getNow(null)
                            : new TimeoutException("no acknowledgement within the delivery timeout");
                }
            }
        }
        metrics.batch(Duration.between(start, acknowledged), sent.size(), rows.size() - sent.size());
        if (firstFailure != null) {
            LOG.warnf("relay %s: %d of %d events not acknowledged, retried next cycle: %s", settings.instance(),
                    rows.size() - sent.size(), rows.size(), firstFailure == null ? "a lane stopped after a failure" : firstFailure.getMessage());
        }
        return sent;
    }

    private void awaitAll(List<CompletableFuture<RecordMetadata>> acks) throws InterruptedException {
        long deadline = System.nanoTime() + settings.deliveryTimeout().plusSeconds(15).toNanos();
        try {
            CompletableFuture.allOf(acks.toArray(new CompletableFuture[0]))
                    .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException ignored) {
            // some sends failed; publish() sorts out which
        } catch (TimeoutException e) {
            LOG.warnf("relay %s: acknowledgements still missing after %s", settings.instance(), settings.deliveryTimeout());
        }
    }

    private void cleanupWhenDue() {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(settings.cleanupInterval());
        int deleted = await(pool.preparedQuery(OutboxSql.DELETE_SENT)
                .execute(Tuple.of((double) settings.keepSent().toSeconds()))).rowCount();
        if (deleted > 0) {
            LOG.debugf("relay %s deleted %d sent rows", settings.instance(), deleted);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(SQL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the database did not answer within " + SQL_TIMEOUT, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
