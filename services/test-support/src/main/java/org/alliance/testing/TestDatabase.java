package org.alliance.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plain JDBC on one test database, for asserting state the API does not show or must not have
 * changed, from outside the service, and for writing the rows a test starts from. A database is named
 * by its logical name ("registry_test", see {@link TestPostgres}) or is the one the service under test
 * is configured with.
 */
public final class TestDatabase {

    /** Work on an open connection, for what the helpers below do not cover. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private interface Connector {
        Connection connect() throws SQLException;
    }

    private final String name;
    private final Connector connector;

    private TestDatabase(String name, Connector connector) {
        this.name = name;
        this.connector = connector;
    }

    public static TestDatabase named(String logicalName) {
        return new TestDatabase(logicalName, () -> TestPostgres.server().connect(logicalName));
    }

    /** The database the service under test runs on, as its configuration names it when the test asks. */
    public static TestDatabase ofServiceUnderTest() {
        return new TestDatabase("the service's database", () -> {
            Config config = ConfigProvider.getConfig();
            return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        });
    }

    /** Each row as column label to value, in the order of the select list. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        return with(c -> {
            try (PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
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
        }, sql);
    }

    /** The first column of the first row, or null when there is no row. */
    public Object single(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    public long count(String sql, Object... params) {
        return ((Number) single(sql, params)).longValue();
    }

    public int update(String sql, Object... params) {
        return with(c -> {
            try (PreparedStatement st = prepare(c, sql, params)) {
                return st.executeUpdate();
            }
        }, sql);
    }

    public <T> T with(Work<T> work) {
        return with(work, "work on " + name);
    }

    private <T> T with(Work<T> work, String what) {
        try (Connection c = connector.connect()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }
}
