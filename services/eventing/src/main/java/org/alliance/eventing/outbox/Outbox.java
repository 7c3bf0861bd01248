package org.alliance.eventing.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.config.EventingConfig;
import org.alliance.eventing.contract.EventChannels;
import org.alliance.eventing.contract.EventSchemas;
import org.alliance.eventing.trace.TraceContext;
import org.alliance.eventing.trace.TraceParent;
import org.alliance.events.EventPayload;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Records events in the outbox table inside the caller's current Hibernate Reactive transaction, so
 * the state change and its event commit or roll back together. The relay publishes them later.
 *
 * <p>A service records payload records ({@link EventPayload}): the type comes from the record's
 * {@code @EventType}, the topic from that type's AsyncAPI channel, the subject from the record.
 *
 * <p>The event is checked against its JSON Schema first: an event that breaks its contract fails the
 * returned Uni, and with it the caller's transaction, so a bad event never reaches the table.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    @Inject
    EventingConfig config;

    /** Rows per INSERT: 9 parameters each stays far below PostgreSQL's 65,535 per statement. */
    static final int ROWS_PER_STATEMENT = 500;

    private final EventSchemas schemas = EventSchemas.classpath();
    private final EventChannels channels = EventChannels.classpath();

    /** Records {@code event} on its type's topic; must run inside {@code Panache.withTransaction} (or {@code @WithTransaction}). */
    public Uni<Void> record(EventPayload event) {
        return recordAll(List.of(event));
    }

    /** Records {@code events} in this order, each on its type's topic; the same rules as {@link #recordEvents}. */
    public Uni<Void> recordAll(List<? extends EventPayload> events) {
        List<DomainEvent> stored = new ArrayList<>(events.size());
        try {
            events.forEach(e -> stored.add(DomainEvent.of(channels.topicOf(DomainEvent.typeOf(e.getClass())), e)));
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        return recordEvents(stored);
    }

    /** Records {@code event} on the topic it names: for events outside the contract's channels (tests, benchmarks). */
    public Uni<Void> record(DomainEvent event) {
        return recordEvents(List.of(event));
    }

    /**
     * Records {@code events} in this order, with one INSERT per {@value #ROWS_PER_STATEMENT} of them
     * (the outbox trigger then runs once per statement, not once per event); the same transaction
     * rule as {@link #record}. None is recorded if any breaks its contract.
     */
    public Uni<Void> recordEvents(List<DomainEvent> events) {
        List<Row> rows = new ArrayList<>(events.size());
        try {
            events.forEach(event -> rows.add(prepare(event)));
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.currentTransaction().flatMap(tx -> {
            if (tx == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "Outbox.record must run inside a transaction (Panache.withTransaction or @WithTransaction),"
                                + " or the event could commit without its state change"));
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<Row> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                chain = chain.chain(() -> insert(slice));
            }
            return chain;
        });
    }

    private Uni<Void> insert(List<Row> rows) {
        return Panache.getSession().flatMap(session -> {
            Mutiny.MutationQuery insert = session.createNativeQuery(OutboxSql.insert(rows.size()));
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                int p = r * OutboxSql.INSERT_PARAMETERS;
                insert.setParameter(p + 1, row.id)
                        .setParameter(p + 2, row.event.topic())
                        .setParameter(p + 3, config.source())
                        .setParameter(p + 4, row.event.type())
                        .setParameter(p + 5, row.event.subject())
                        .setParameter(p + 6, row.dataschema)
                        .setParameter(p + 7, row.payload)
                        .setParameter(p + 8, row.trace.toString())
                        .setParameter(p + 9, row.traceState);
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    private Row prepare(DomainEvent event) {
        if (event.topic() == null || event.topic().isBlank()) {
            throw new IllegalArgumentException("event " + event.type() + " names no topic");
        }
        if (event.subject() == null || event.subject().isBlank()) {
            throw new IllegalArgumentException("event " + event.type() + " names no subject (aggregate id)");
        }
        EventSchemas.EventSchema schema = schemas.forType(event.type());
        JsonNode data = json.valueToTree(event.data());
        schema.requireValid(data);
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot serialize event " + event.type(), e);
        }
        return new Row(event, UUID.randomUUID(), schema.dataschema().toString(), payload, TraceContext.current(),
                TraceContext.currentState());
    }

    private record Row(DomainEvent event, UUID id, String dataschema, String payload, TraceParent trace, String traceState) {
    }
}
