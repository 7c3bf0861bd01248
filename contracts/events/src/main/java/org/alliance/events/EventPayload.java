package org.alliance.events;

/**
 * The data of one event type, as a record annotated with its {@link EventType}. The outbox takes the
 * type's name from the annotation, the topic from the type's AsyncAPI channel, and the record key and
 * CloudEvents subject from {@link #subject()}.
 */
public interface EventPayload {

    /** The id of the aggregate the event is about: the Kafka record key, so its events stay in order. */
    String subject();
}
