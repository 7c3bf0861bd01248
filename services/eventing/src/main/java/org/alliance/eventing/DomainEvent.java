package org.alliance.eventing;

import org.alliance.events.EventPayload;
import org.alliance.events.EventType;

/**
 * An event as the outbox stores it. Services record {@link EventPayload} records, and the outbox
 * builds this from the record's {@link EventType} and the type's channel; building one by hand names
 * a topic outside the contract, which only the library's own tests and benchmarks do.
 *
 * @param topic   the Kafka topic, e.g. {@code alliance.registry.studio}
 * @param type    the versioned event name, e.g. {@code studio.registered.v1}; the CloudEvents type is
 *                {@code org.alliance.} + this, and its JSON Schema is
 *                {@code contracts/events/schemas/<type>.json}
 * @param subject the aggregate id; also the record key, so one aggregate's events stay in order
 * @param data    the payload, serialized with Jackson; it must validate against the type's schema
 */
public record DomainEvent(String topic, String type, String subject, Object data) {

    /** {@code payload} on {@code topic}: its type from its {@link EventType}, its subject from the payload. */
    public static DomainEvent of(String topic, EventPayload payload) {
        return new DomainEvent(topic, typeOf(payload.getClass()), payload.subject(), payload);
    }

    /** The event type a payload class carries, from its {@link EventType} annotation. */
    public static String typeOf(Class<?> payload) {
        EventType type = payload.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(payload.getName() + " names no event type: annotate it with @EventType");
        }
        return type.value();
    }
}
