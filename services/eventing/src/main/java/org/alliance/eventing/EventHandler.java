package org.alliance.eventing;

/**
 * A consumer of events. Declare an implementation as an {@code @ApplicationScoped} bean: the library
 * runs one Kafka consumer group per handler on the topics of the event types its {@link #events()}
 * declares, and calls the matching function inside one database transaction together with the inbox
 * insert, so each event id is applied at most once per {@link #consumerName()}; the offset is
 * committed after that transaction commits. The functions may use Panache and {@code Outbox.record}
 * freely: they are already in the transaction.
 */
public interface EventHandler {

    /** The consumer group id and inbox key, e.g. {@code matching.registry-replica}. */
    String consumerName();

    /** The event types this consumer applies, each with its function; asked once, when the consumer starts. */
    EventDispatch events();
}
