package org.alliance.eventing.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.alliance.eventing.EventDispatch;
import org.alliance.eventing.EventHandler;
import org.alliance.eventing.IncomingEvent;
import org.alliance.eventing.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Feeds one {@link EventHandler} from Kafka, on its own thread. The records of a poll are applied in
 * one database transaction that first inserts their (consumer, source, event id) rows into the inbox
 * with ON CONFLICT DO NOTHING and calls the handler only for the rows that insert added (see
 * {@link InboxTransaction}); the offsets are committed only after that transaction committed
 * ({@link Offsets}). A record that cannot be read, or whose handling still fails after bounded
 * retries, goes to {@code <topic>.dlq} and the consumer moves on.
 */
final class InboxConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private final EventHandler handler;
    private final EventDispatch dispatch;
    private final InboxSettings settings;
    private final IncomingDecoder decoder;
    private final DeadLetters deadLetters;
    private final Consumer<IncomingEvent> afterCommit;
    private final String clientId;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private final LagGauges lag;
    private final Offsets offsets;
    private final Counter applied;
    private final Counter repeated;
    private volatile boolean running = true;
    private volatile long transactionStarted;
    private Thread thread;

    InboxConsumer(EventHandler handler, InboxSettings settings, IncomingDecoder decoder, MeterRegistry registry,
            Consumer<IncomingEvent> afterCommit) {
        this.handler = handler;
        this.dispatch = handler.events();
        this.settings = settings;
        this.decoder = decoder;
        this.afterCommit = afterCommit;
        String clientId = handler.consumerName() + "-" + ProcessHandle.current().pid();
        this.clientId = clientId;
        this.deadLetters = new DeadLetters(settings.kafka(), clientId + "-dlq", registry);
        this.lag = new LagGauges(registry, handler.consumerName(), dispatch.topics());
        this.offsets = new Offsets(handler.consumerName(), settings.commitInterval());
        Gauge.builder("alliance.eventing.consumer.transaction.seconds", this, InboxConsumer::transactionSeconds)
                .description("Age of the inbox transaction in progress; 0 when idle")
                .tag("consumer", handler.consumerName()).register(registry);
        applied = Counter.builder("alliance.eventing.consumer.events").tag("consumer", handler.consumerName())
                .tag("outcome", "applied").register(registry);
        repeated = Counter.builder("alliance.eventing.consumer.events").tag("consumer", handler.consumerName())
                .tag("outcome", "repeat").register(registry);
    }

    void start() {
        thread = new Thread(this, "inbox-" + handler.consumerName());
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Polls until stopped. Anything unexpected closes the consumer and opens a new one, which resumes
     * from the committed offsets: records of a batch that was not committed are read again (and the
     * inbox skips what was applied), never skipped.
     */
    @Override
    public void run() {
        long backoff = 0;
        while (running) {
            consumer = new KafkaConsumer<>(KafkaClients.manualConsumer(settings.kafka(), handler.consumerName(), clientId,
                    settings.sessionTimeout()));
            offsets.attach(consumer);
            try {
                consumer.subscribe(dispatch.topics(), offsets);
                pollUntilStopped();
            } catch (WakeupException | InterruptedException e) {
                if (running) {
                    LOG.errorf(e, "consumer %s interrupted unexpectedly; reconnecting", handler.consumerName());
                }
            } catch (RuntimeException e) {
                backoff = Math.min(Math.max(backoff * 2, 1_000), 30_000);
                LOG.errorf(e, "consumer %s failed; reconnecting in %d ms", handler.consumerName(), backoff);
                sleepQuietly(backoff);
            } finally {
                offsets.commitAll();
                consumer.close(Duration.ofSeconds(5));
            }
        }
        deadLetters.close();
    }

    private void pollUntilStopped() throws InterruptedException {
        while (running) {
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
            if (!records.isEmpty()) {
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                records.forEach(batch::add);
                process(batch);
                offsets.done(batch);
            } else {
                offsets.idle();
            }
            lag.measure(consumer);
        }
    }

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * Applies a polled batch: records that can never be applied are parked at once; the rest are
     * applied in one transaction, and if that fails, one by one with retries, so a single bad record
     * costs only its own dead letter.
     */
    private void process(List<ConsumerRecord<String, byte[]>> records) throws InterruptedException {
        List<Decoded.Event> events = new ArrayList<>(records.size());
        List<ConsumerRecord<String, byte[]>> sources = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            Decoded decoded = decoder.decode(record);
            if (decoded instanceof Decoded.Rejected rejected) {
                deadLetters.park(record, handler.consumerName(), rejected.reason(), rejected.error(), 0, () -> running);
            } else {
                events.add((Decoded.Event) decoded);
                sources.add(record);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            applied(events.size(), transaction(events));
            return;
        } catch (Throwable e) {
            LOG.debugf("%s: a batch of %d failed, applying one by one: %s", handler.consumerName(), events.size(), e);
        }
        for (int i = 0; i < events.size(); i++) {
            processOne(sources.get(i), events.get(i));
        }
    }

    private void processOne(ConsumerRecord<String, byte[]> record, Decoded.Event event) throws InterruptedException {
        Throwable failure = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                applied(1, transaction(List.of(event)));
                return;
            } catch (Throwable e) {
                failure = e;
                if (Outage.isDatabaseUnavailable(e)) {
                    LOG.warnf("%s: the database is unavailable (%s); waiting before trying %s again", handler.consumerName(),
                            e.getMessage(), event.event().id());
                    Thread.sleep(settings.maxBackoff().toMillis());
                    attempt--; // an outage is not the record's fault: it does not use up its attempts
                } else if (attempt < settings.maxAttempts()) {
                    LOG.debugf("%s: attempt %d on %s failed: %s", handler.consumerName(), attempt, event.event().id(), e);
                    Thread.sleep(settings.backoff(attempt).toMillis());
                }
            }
            if (!running) {
                throw new InterruptedException("stopping");
            }
        }
        deadLetters.park(record, handler.consumerName(), "handler-failed", describe(failure), settings.maxAttempts(), () -> running);
    }

    /** Runs the inbox transaction on a fresh Vert.x duplicated context and waits for its commit. */
    private List<IncomingEvent> transaction(List<Decoded.Event> events) throws Throwable {
        transactionStarted = System.nanoTime();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> InboxTransaction.apply(handler.consumerName(), dispatch, events));
        } finally {
            transactionStarted = 0;
        }
    }

    /** How long the transaction in progress has been running, 0 when none is; a handler that never completes shows here. */
    double transactionSeconds() {
        long started = transactionStarted;
        return started == 0 ? 0 : (System.nanoTime() - started) / 1e9;
    }

    String name() {
        return handler.consumerName();
    }

    private void applied(int delivered, List<IncomingEvent> events) {
        this.applied.increment(events.size());
        repeated.increment(delivered - events.size());
        events.forEach(afterCommit);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (caused by " + root + ")";
    }
}
