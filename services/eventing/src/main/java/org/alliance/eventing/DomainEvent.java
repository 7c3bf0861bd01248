package org.alliance.eventing;

/**
 * An event a service publishes about one of its aggregates.
 *
 * @param topic   the Kafka topic, e.g. {@code alliance.registry.studio}
 * @param type    the versioned event name, e.g. {@code studio.registered.v1}; the CloudEvents type is
 *                {@code org.alliance.} + this, and its JSON Schema is
 *                {@code contracts/events/schemas/<type>.json}
 * @param subject the aggregate id; also the record key, so one aggregate's events stay in order
 * @param data    the payload, serialized with Jackson; it must validate against the type's schema
 */
public record DomainEvent(String topic, String type, String subject, Object data) {
}
