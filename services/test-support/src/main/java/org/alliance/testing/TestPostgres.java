package org.alliance.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL server tests use: the one configured by DB_HOST, DB_PORT, DB_USER, DB_PASSWORD
 * (defaults 127.0.0.1:5432, postgres, no password); when none answers but a Docker engine does, a
 * Testcontainers PostgreSQL; otherwise the tests fail at once saying what to start.
 *
 * <p>Test code names databases by their logical name ("registry_test"); on the server each test JVM
 * gets its own copy ("registry_test__<pid>"), so two test runs on one machine never drop each
 * other's database. Copies left by JVMs that no longer run are dropped on the next start.
 */
public final class TestPostgres {

    public record Server(String host, int port, String user, String password) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + physical(database);
        }

        public String reactiveUrl(String database) {
            return "postgresql://" + host + ":" + port + "/" + physical(database);
        }

        public Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), user, password);
        }
    }

    private static final String RUN_SUFFIX = "__" + ProcessHandle.current().pid();
    private static boolean leftoversDropped;

    /** This JVM's copy of a logical test database; the maintenance database keeps its name. */
    public static String physical(String database) {
        return "postgres".equals(database) || database.endsWith(RUN_SUFFIX) ? database : database + RUN_SUFFIX;
    }

    private static Server server;

    private TestPostgres() {
    }

    public static synchronized Server server() {
        if (server == null) {
            Server configured = new Server(env("DB_HOST", "127.0.0.1"), Integer.parseInt(env("DB_PORT", "5432")),
                    env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
            server = answers(configured) ? configured : fromDocker(configured);
        }
        return server;
    }

    /** Drops and creates {@code database}, so every test JVM starts from an empty schema. */
    public static synchronized Server freshDatabase(String database) {
        Server s = server();
        try (Connection c = s.connect("postgres"); Statement st = c.createStatement()) {
            if (!leftoversDropped) {
                dropLeftovers(st);
                leftoversDropped = true;
            }
            st.execute("DROP DATABASE IF EXISTS \"" + physical(database) + "\" WITH (FORCE)");
            st.execute("CREATE DATABASE \"" + physical(database) + "\" ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + database + ": " + e.getMessage(), e);
        }
        return s;
    }

    private static void dropLeftovers(Statement st) throws SQLException {
        java.util.List<String> stale = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname ~ '__[0-9]+$'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                long pid = Long.parseLong(name.substring(name.lastIndexOf("__") + 2));
                if (ProcessHandle.of(pid).isEmpty()) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }

    private static boolean answers(Server s) {
        try (Connection c = s.connect("postgres")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static Server fromDocker(Server configured) {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        if (!docker) {
            throw new IllegalStateException("No PostgreSQL answers at " + configured.host() + ":" + configured.port()
                    + " as user " + configured.user() + ", and no Docker engine is available for Testcontainers."
                    + " Start PostgreSQL (Debian: `apt-get install postgresql && pg_ctlcluster 15 main start`,"
                    + " trust auth on 127.0.0.1) or point DB_HOST, DB_PORT, DB_USER, DB_PASSWORD at one.");
        }
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
        container.start();
        return new Server(container.getHost(), container.getFirstMappedPort(), container.getUsername(), container.getPassword());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
