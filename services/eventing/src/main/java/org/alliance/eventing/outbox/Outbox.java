package org.alliance.eventing.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.alliance.eventing.DomainEvent;

/**
 * Records events in the outbox table inside the caller's current Hibernate Reactive transaction, so
 * the state change and its event commit or roll back together. The relay publishes them later.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    public Uni<Void> record(DomainEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(event.data());
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "INSERT INTO outbox_event (id, topic, type, subject, payload) VALUES (?1, ?2, ?3, ?4, cast(?5 as jsonb))")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, event.topic())
                .setParameter(3, event.type())
                .setParameter(4, event.subject())
                .setParameter(5, payload)
                .executeUpdate())
                .replaceWithVoid();
    }
}
