package org.alliance.eventing;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * A consumer of events. Declare an implementation as an {@code @ApplicationScoped} bean: the library
 * runs one Kafka consumer group per handler, and calls {@link #handle} inside one database
 * transaction together with the inbox insert, so each event id is applied at most once per
 * {@link #consumerName()}; the offset is committed after that transaction commits. The handler may
 * use Panache and {@code Outbox.record} freely: it is already in the transaction.
 */
public interface EventHandler {

    /** The consumer group id and inbox key, e.g. {@code matching.registry-replica}. */
    String consumerName();

    /** The topics to read, from the beginning for a new group. */
    List<String> topics();

    Uni<Void> handle(IncomingEvent event);
}
