package org.alliance.eventing.inbox;

/** The statements on the inbox table. */
final class InboxSql {

    /** Parameters: consumer, source, event id, type, topic, partition, offset. Updates 0 rows for a repeat. */
    static final String INSERT = "INSERT INTO eventing.inbox_event"
            + " (consumer, source, event_id, type, topic, kafka_partition, kafka_offset)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING";

    static final String DELETE_OLDER_THAN = "DELETE FROM eventing.inbox_event"
            + " WHERE processed_at < clock_timestamp() - make_interval(secs => $1)";

    private InboxSql() {
    }
}
