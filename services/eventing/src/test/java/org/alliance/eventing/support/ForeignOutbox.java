package org.alliance.eventing.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.eventing.outbox.OutboxSql;
import org.alliance.eventing.trace.TraceParent;
import org.alliance.testing.ProjectRoot;
import org.alliance.testing.TestPostgres;
import org.flywaydb.core.Flyway;

/**
 * An outbox in a database of its own, migrated with the library's own migrations, which tests fill
 * with plain JDBC (the same INSERT as Outbox.record) so that relays can be run against it without
 * the test application's relay competing.
 */
public final class ForeignOutbox {

    private final String database;

    private ForeignOutbox(String database) {
        this.database = database;
    }

    public static ForeignOutbox fresh(String database) {
        TestPostgres.Server pg = TestPostgres.freshDatabase(database);
        Flyway.configure().dataSource(pg.jdbcUrl(database), pg.user(), pg.password())
                .schemas("eventing")
                .locations("filesystem:" + ProjectRoot.find().resolve("services/eventing/src/main/resources/db/eventing"))
                .load().migrate();
        return new ForeignOutbox(database);
    }

    public String database() {
        return database;
    }

    /** Commits one test.counted.v1 event per (subject, seq) pair, in batches; returns their ids in order. */
    public List<UUID> write(String topic, List<String> subjects, List<Integer> seqs) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = TestPostgres.server().connect(database); PreparedStatement st = insert(c)) {
            c.setAutoCommit(false);
            for (int i = 0; i < subjects.size(); i++) {
                ids.add(bind(st, topic, subjects.get(i), seqs.get(i)));
                st.addBatch();
                if (i % 500 == 499 || i == subjects.size() - 1) {
                    st.executeBatch();
                    c.commit();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write to the outbox of " + database + ": " + e.getMessage(), e);
        }
        return ids;
    }

    /** The outbox INSERT, for a test that holds its own transaction open. */
    public static PreparedStatement insert(Connection c) throws SQLException {
        return c.prepareStatement(OutboxSql.INSERT.replaceAll("\\?\\d", "?"));
    }

    /** Binds one test.counted.v1 event to {@link #insert}; returns its id. */
    public static UUID bind(PreparedStatement st, String topic, String subject, int seq) throws SQLException {
        UUID id = UUID.randomUUID();
        st.setObject(1, id);
        st.setString(2, topic);
        st.setString(3, "/alliance/foreign-outbox");
        st.setString(4, "test.counted.v1");
        st.setString(5, subject);
        st.setString(6, "urn:alliance:events:schema:test.counted.v1");
        st.setString(7, "{\"subject\":\"" + subject + "\",\"seq\":" + seq + "}");
        st.setString(8, TraceParent.newTrace().toString());
        st.setString(9, null);
        return id;
    }

    public long sent() {
        return Db.count(database, "SELECT count(*) FROM eventing.outbox_event WHERE sent_at IS NOT NULL");
    }

    public long unsent() {
        return Db.count(database, "SELECT count(*) FROM eventing.outbox_event WHERE sent_at IS NULL");
    }
}
