package org.alliance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.alliance.testing.TestPostgres;

/**
 * Where a phase's time went, from the timestamps the library itself keeps: outbox row inserted ->
 * marked sent (the writer's remaining transaction, the relay, the broker's acks) and marked sent ->
 * inbox row inserted (Kafka delivery and the consumer getting to it).
 */
final class Breakdown {

    private static final String SQL = "SELECT"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.sent_at - o.created_at)),"
            + " percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM o.sent_at - o.created_at)),"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.processed_at - o.sent_at)),"
            + " percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM i.processed_at - o.sent_at))"
            + " FROM eventing.outbox_event o JOIN eventing.inbox_event i ON i.event_id = o.id::text"
            + " WHERE o.topic = ? AND (o.payload->>'seq')::bigint BETWEEN ? AND ?";

    private Breakdown() {
    }

    static String of(String database, long firstSeq, long count) {
        try (Connection c = TestPostgres.server().connect(database); PreparedStatement st = c.prepareStatement(SQL)) {
            st.setString(1, ItemWriter.TOPIC);
            st.setLong(2, firstSeq);
            st.setLong(3, firstSeq + count - 1);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return String.format("row written -> sent p50 %.1f ms, p99 %.1f ms; sent -> inbox p50 %.1f ms, p99 %.1f ms",
                        rs.getDouble(1) * 1000, rs.getDouble(2) * 1000, rs.getDouble(3) * 1000, rs.getDouble(4) * 1000);
            }
        } catch (SQLException e) {
            return "breakdown unavailable: " + e.getMessage();
        }
    }
}
