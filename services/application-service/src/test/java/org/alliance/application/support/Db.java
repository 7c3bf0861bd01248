package org.alliance.application.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.alliance.testing.TestPostgres;

/** Reads the service's test database directly, to prove a refused request changed nothing. */
public final class Db {

    public static final String DATABASE = "application_test";

    private Db() {
    }

    /** A fingerprint of every record the service keeps: any write shows up as a different value. */
    public static String fingerprint() {
        String sql = "SELECT concat_ws('|',"
                + " (SELECT count(*) || ':' || coalesce(sum(hashtext(id::text || status || title)), 0) FROM funding_call),"
                + " (SELECT count(*) || ':' || coalesce(sum(version + hashtext(id::text || status)), 0) FROM application),"
                + " (SELECT count(*) FROM attachment),"
                + " (SELECT count(*) || ':' || coalesce(sum(version + hashtext(id::text || status)), 0) FROM project),"
                + " (SELECT count(*) FROM outcome),"
                + " (SELECT count(*) FROM eventing.outbox_event))";
        try (Connection c = TestPostgres.server().connect(DATABASE); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
