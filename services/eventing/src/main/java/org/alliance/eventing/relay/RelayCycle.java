package org.alliance.eventing.relay;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.alliance.eventing.outbox.OutboxSql;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * One claim-publish-mark transaction of the relay, entirely on the relay's event loop, on a
 * connection of its own: BEGIN pipelined with the claim of lanes and their oldest unsent rows, every
 * row sent, every acknowledgement awaited, the acknowledged rows marked sent, the UPDATE pipelined with
 * COMMIT. Completes with how many rows it marked sent; any failure closes the connection, which rolls
 * the transaction back and leaves the rows for the next cycle.
 *
 * <p>A cycle that sent rows is followed at once by another, so its COMMIT carries the next cycle's
 * BEGIN and claim in the same write: under load every cycle costs one round trip to PostgreSQL
 * besides the broker's acknowledgement, not two. The claim then sees everything committed before it,
 * as a claim sent later would.
 */
final class RelayCycle {

    private static final Logger LOG = Logger.getLogger(RelayCycle.class);

    private final Vertx vertx;
    private final Context context;
    private final PgConnectOptions connect;
    private final KafkaProducer<String, byte[]> producer;
    private final RelaySettings settings;
    private final RelayMetrics metrics;
    // touched only on the relay's context
    private PgConnection connection;
    private Future<RowSet<Row>> claimedAhead;
    private boolean inProgress;

    RelayCycle(Vertx vertx, Context context, PgConnectOptions connect, KafkaProducer<String, byte[]> producer,
            RelaySettings settings, RelayMetrics metrics) {
        this.vertx = vertx;
        this.context = context;
        this.connect = connect;
        this.producer = producer;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** {@code fresh}: the claim must see what committed from now on, so a claim sent ahead is not used. */
    Future<Integer> run(boolean fresh) {
        if (inProgress) {
            // two cycles on the one connection would share a transaction and send its rows twice
            return Future.failedFuture(new IllegalStateException("a relay cycle is already in progress"));
        }
        inProgress = true;
        Future<RowSet<Row>> claimed;
        if (claimedAhead != null && !fresh) {
            claimed = claimedAhead;
        } else {
            if (claimedAhead != null) {
                connection.query("ROLLBACK").execute();
            }
            claimed = connected().compose(this::claim);
        }
        claimedAhead = null;
        return claimed.compose(rows -> {
            if (rows.size() == 0) {
                // nothing is locked; the next statement on this connection waits behind the ROLLBACK
                connection.query("ROLLBACK").execute().onFailure(e -> close());
                return Future.succeededFuture(0);
            }
            return publishAndMark(rows);
        }).onFailure(e -> close()).onComplete(done -> inProgress = false);
    }

    /** Closes the connection: a transaction in progress, and the lanes it holds, end with it. */
    void close() {
        claimedAhead = null;
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private Future<PgConnection> connected() {
        return connection != null ? Future.succeededFuture(connection)
                : PgConnection.connect(vertx, connect).onSuccess(c -> connection = c);
    }

    private Future<RowSet<Row>> claim(PgConnection c) {
        Future<RowSet<Row>> begun = c.query("BEGIN").execute();
        Future<RowSet<Row>> locked = c.preparedQuery(OutboxSql.CLAIM_LANES).execute(Tuple.of((long) settings.lanesPerClaim()));
        // read after the locks are taken, with a snapshot that has every mark of the lanes' previous holders
        Future<RowSet<Row>> claimed = c.preparedQuery(OutboxSql.SELECT_CLAIMED).execute(Tuple.of((long) settings.batchSize()));
        // a claim outside a transaction would hold no lanes: its rows count only if BEGIN and the lock succeeded
        return begun.compose(v -> locked).compose(v -> claimed);
    }

    private Future<Integer> publishAndMark(RowSet<Row> result) {
        List<OutboxRow> rows = new ArrayList<>(result.size());
        result.forEach(row -> rows.add(OutboxRow.from(row)));
        return publish(rows).compose(sent -> {
            PgConnection c = connection;
            if (c == null) {
                return Future.failedFuture("the relay's connection was closed while it published");
            }
            Future<RowSet<Row>> marked = sent.isEmpty() ? Future.succeededFuture()
                    : c.preparedQuery(OutboxSql.MARK_SENT).execute(Tuple.of(sent.toArray(new Long[0])));
            // an UPDATE that failed aborts the transaction, and COMMIT then rolls back without an error
            Future<RowSet<Row>> committed = c.query("COMMIT").execute();
            if (!sent.isEmpty()) {
                claimedAhead = claim(c);
                claimedAhead.onFailure(e -> LOG.debugf("relay %s: claim ahead failed: %s", settings.instance(), e.getMessage()));
            }
            return marked.compose(m -> committed).map(sent.size());
        });
    }

    /**
     * Sends the rows and completes, on the relay's context, with the positions safe to mark sent: in
     * each lane, the acknowledged rows before the first failure. Later rows of a lane whose send fails
     * at once are not sent at all, so their order behind the failed one holds when the next cycle retries.
     */
    private Future<List<Long>> publish(List<OutboxRow> rows) {
        Promise<List<Long>> done = Promise.promise();
        AtomicReferenceArray<Object> outcomes = new AtomicReferenceArray<>(rows.size());
        AtomicInteger pending = new AtomicInteger(rows.size());
        AtomicBoolean settled = new AtomicBoolean();
        Instant start = Instant.now();
        Runnable finish = () -> {
            if (settled.compareAndSet(false, true)) {
                context.runOnContext(v -> done.complete(settle(rows, outcomes, start)));
            }
        };
        // the producer answers every send within its delivery timeout; this only guards against it not doing so
        long guard = vertx.setTimer(settings.deliveryTimeout().plusSeconds(15).toMillis(), t -> finish.run());
        Set<Short> stoppedLanes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            OutboxRow row = rows.get(i);
            if (stoppedLanes.contains(row.lane())) {
                outcomes.set(index, new IllegalStateException("an earlier event of this lane could not be sent"));
            } else {
                try {
                    producer.send(CloudEventRecords.toRecord(row, settings.instance()), (metadata, error) -> {
                        outcomes.set(index, error != null ? error : metadata);
                        if (pending.decrementAndGet() == 0) {
                            finish.run();
                        }
                    });
                    continue;
                } catch (RuntimeException e) {
                    outcomes.set(index, e);
                    stoppedLanes.add(row.lane());
                }
            }
            if (pending.decrementAndGet() == 0) {
                finish.run();
            }
        }
        return done.future().onComplete(settledResult -> vertx.cancelTimer(guard));
    }

    private List<Long> settle(List<OutboxRow> rows, AtomicReferenceArray<Object> outcomes, Instant start) {
        Instant acknowledged = Instant.now();
        List<Long> sent = new ArrayList<>(rows.size());
        Set<Short> failedLanes = new HashSet<>();
        Object firstFailure = null;
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            Object outcome = outcomes.get(i);
            if (outcome instanceof RecordMetadata && !failedLanes.contains(row.lane())) {
                sent.add(row.position());
                metrics.delay(Duration.between(row.createdAt().toInstant(), acknowledged));
            } else {
                failedLanes.add(row.lane());
                if (firstFailure == null && !(outcome instanceof RecordMetadata)) {
                    firstFailure = outcome == null ? new TimeoutException("no acknowledgement in time") : outcome;
                }
            }
        }
        metrics.batch(Duration.between(start, acknowledged), sent.size(), rows.size() - sent.size());
        if (sent.size() < rows.size()) {
            LOG.warnf("relay %s: %d of %d events not acknowledged, retried next cycle: %s", settings.instance(),
                    rows.size() - sent.size(), rows.size(), firstFailure instanceof Throwable t ? t.getMessage() : firstFailure);
        }
        return sent;
    }
}
