package org.alliance.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.testing.TestPostgres;

/** Reads the registry's test database directly, to assert state the API does not show or must not have changed. */
public final class Db {

    public static final String DATABASE = "registry_test";

    private Db() {
    }

    public static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = TestPostgres.server().connect(DATABASE); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= meta.getColumnCount(); col++) {
                        row.put(meta.getColumnLabel(col), rs.getObject(col));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    /** Events of one aggregate in the outbox, oldest first: their types. */
    public static List<String> eventTypes(String subject) {
        return rows("SELECT type FROM eventing.outbox_event WHERE subject = ? ORDER BY position", subject).stream()
                .map(r -> (String) r.get("type")).toList();
    }

    /** A fingerprint of all registry state, roster imports included: any write shows up as a different value. */
    public static String fingerprint() {
        return records() + "|" + count("SELECT count(*) FROM import_job");
    }

    /** A fingerprint of the registry's records and their events, without the roster imports that record uploads. */
    public static String records() {
        return rows("SELECT md5((SELECT coalesce(string_agg(id || ':' || version, ',' ORDER BY id), '') FROM enterprise)"
                + " || '|' || (SELECT coalesce(string_agg(id || ':' || version, ',' ORDER BY id), '') FROM supply_link)"
                + " || '|' || (SELECT coalesce(string_agg(id || ':' || version, ',' ORDER BY id), '') FROM studio)"
                + " || '|' || (SELECT count(*) FROM studio_accreditation)"
                + " || '|' || (SELECT coalesce(max(position), 0) FROM eventing.outbox_event)) AS f").get(0).get("f").toString();
    }
}
