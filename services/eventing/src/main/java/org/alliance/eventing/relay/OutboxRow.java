package org.alliance.eventing.relay;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One unsent outbox row as the relay reads it. */
record OutboxRow(long position, short lane, UUID id, String topic, String source, String type, String subject,
        String dataschema, String payload, String traceparent, String tracestate, OffsetDateTime createdAt) {

    static OutboxRow from(io.vertx.sqlclient.Row row) {
        return new OutboxRow(row.getLong("position"), row.getShort("lane"), row.getUUID("id"),
                row.getString("topic"), row.getString("source"), row.getString("type"), row.getString("subject"),
                row.getString("dataschema"), row.getString("payload"), row.getString("traceparent"),
                row.getString("tracestate"), row.getOffsetDateTime("created_at"));
    }
}
