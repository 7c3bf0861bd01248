package org.alliance.eventing.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.alliance.eventing.DomainEvent;
import org.alliance.eventing.config.EventingConfig;
import org.alliance.eventing.contract.EventSchemas;
import org.alliance.eventing.trace.TraceContext;
import org.alliance.eventing.trace.TraceParent;

/**
 * Records events in the outbox table inside the caller's current Hibernate Reactive transaction, so
 * the state change and its event commit or roll back together. The relay publishes them later.
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

    private final EventSchemas schemas = EventSchemas.classpath();

    /** Records {@code event}; must run inside {@code Panache.withTransaction} (or {@code @WithTransaction}). */
    public Uni<Void> record(DomainEvent event) {
        Row row;
        try {
            row = prepare(event);
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.currentTransaction().flatMap(tx -> {
            if (tx == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "Outbox.record must run inside a transaction (Panache.withTransaction or @WithTransaction),"
                                + " or the event could commit without its state change"));
            }
            return Panache.getSession().flatMap(session -> session.createNativeQuery(OutboxSql.INSERT)
                    .setParameter(1, row.id)
                    .setParameter(2, event.topic())
                    .setParameter(3, config.source())
                    .setParameter(4, event.type())
                    .setParameter(5, event.subject())
                    .setParameter(6, row.dataschema)
                    .setParameter(7, row.payload)
                    .setParameter(8, row.trace.toString())
                    .setParameter(9, row.traceState)
                    .executeUpdate());
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
        return new Row(UUID.randomUUID(), schema.dataschema().toString(), payload, TraceContext.current(),
                TraceContext.currentState());
    }

    private record Row(UUID id, String dataschema, String payload, TraceParent trace, String traceState) {
    }
}
