package org.alliance.eventing.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alliance.eventing.IncomingEvent;
import org.alliance.eventing.contract.EventSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads records outside the inbox (a replica rebuilt from compacted topics, a catch-up reader)
 * exactly as the inbox does: a record that is not a CloudEvent, whose data is not JSON or breaks
 * its type's schema, or whose type is unknown is parked on {@code <topic>.dlq} as the inbox would
 * park it (logged, counted in {@code alliance_eventing_dead_letters_total{consumer,topic,reason}})
 * and skipped, and the reading goes on. {@link #skipped()} says how many were skipped and why.
 */
public final class PoisonFilter implements AutoCloseable {

    private final String reader;
    private final IncomingDecoder decoder = new IncomingDecoder(EventSchemas.classpath());
    private final DeadLetters deadLetters;
    private final Map<String, Long> skipped = new TreeMap<>();

    /** @param reader the name the dead letters and the metric carry as their consumer */
    public PoisonFilter(String reader, Map<String, Object> kafkaConnection, MeterRegistry registry) {
        this.reader = reader;
        this.deadLetters = new DeadLetters(kafkaConnection, reader + "-dlq", registry);
    }

    /** The event {@code record} carries, or empty when it is poison (then parked, counted and skipped). */
    public Optional<IncomingEvent> read(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Decoded decoded = decoder.decode(record);
        if (decoded instanceof Decoded.Rejected rejected) {
            deadLetters.park(record, reader, rejected.reason(), rejected.error(), 0, () -> true);
            skipped.merge(rejected.reason(), 1L, Long::sum);
            return Optional.empty();
        }
        return Optional.of(((Decoded.Event) decoded).event());
    }

    /** Records skipped so far, by reason (undeserializable, malformed-json, unknown-type, schema-invalid). */
    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    @Override
    public void close() {
        deadLetters.close();
    }
}
