package org.alliance.eventing.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.alliance.testing.TestPostgres;

/** Plain JDBC on a test database, for looking at what the library wrote, from outside it. */
public final class Db {

    public static final String APP = "eventing_test";

    private Db() {
    }

    public static long count(String database, String sql, Object... params) {
        return ((Number) single(database, sql, params)).longValue();
    }

    public static Object single(String database, String sql, Object... params) {
        List<List<Object>> rows = rows(database, sql, params);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    public static List<List<Object>> rows(String database, String sql, Object... params) {
        try (Connection c = TestPostgres.server().connect(database); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static int update(String database, String sql, Object... params) {
        try (Connection c = TestPostgres.server().connect(database); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
