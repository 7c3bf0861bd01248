package org.alliance.eventing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.alliance.eventing.outbox.OutboxSql;
import org.alliance.eventing.support.Db;
import org.alliance.eventing.support.ForeignOutbox;
import org.alliance.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * The relay's registrations between sleeps, as many as a few minutes at moderate rates bring, on a
 * table VACUUM never visits: it stays one page, since every writer's trigger reads all of it. (Rows
 * inserted and deleted instead grew it by a page per few hundred registrations.)
 */
class RelayListenerTableTest {

    @Test
    void registeringAndWakingLeaveOnePage() throws Exception {
        ForeignOutbox outbox = ForeignOutbox.fresh("eventing_listener");
        String database = outbox.database();
        Db.update(database, "ALTER TABLE eventing.relay_listener SET (autovacuum_enabled = false)");
        try (Connection c = TestPostgres.server().connect(database);
                PreparedStatement register = c.prepareStatement(jdbc(OutboxSql.REGISTER_LISTENER));
                PreparedStatement unregister = c.prepareStatement(jdbc(OutboxSql.UNREGISTER_LISTENER))) {
            for (int i = 0; i < 3_000; i++) {
                register.setString(1, "relay-a");
                register.setInt(2, 4242);
                assertEquals(1, register.executeUpdate());
                unregister.setString(1, "relay-a");
                assertEquals(1, unregister.executeUpdate());
            }
            register.setString(1, "relay-a");
            register.setInt(2, 4343);
            register.executeUpdate();
        }
        assertEquals(List.of(List.of("relay-a", 4343, true)),
                Db.rows(database, "SELECT instance, backend_pid, listening FROM eventing.relay_listener"));
        assertEquals(1L, Db.count(database, "SELECT pg_relation_size('eventing.relay_listener') / 8192"));
    }

    /** The relay's statements number their parameters in order; JDBC wants question marks. */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\$\\d+", "?");
    }
}
