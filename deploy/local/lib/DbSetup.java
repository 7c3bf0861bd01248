import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates the local stack's databases when they are missing. Run by deploy/local/up as a
 * single-file program with the PostgreSQL JDBC driver the services already ship, so the stack needs
 * no psql client and works against any server the services can reach.
 *
 * <p>Usage: {@code java -cp <postgresql.jar> DbSetup.java [--drop] DATABASE...}; connection settings
 * come from DB_HOST, DB_PORT, DB_USER, DB_PASSWORD like the services'. {@code --drop} drops the
 * databases instead (deploy/local/down --purge). Exit status 3 means no connection.
 */
public class DbSetup {

    public static void main(String[] args) {
        String host = env("DB_HOST", "127.0.0.1");
        String port = env("DB_PORT", "5432");
        String user = env("DB_USER", "postgres");
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", env("DB_PASSWORD", ""));
        props.setProperty("connectTimeout", "5");
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        boolean drop = args.length > 0 && "--drop".equals(args[0]);
        try (Connection c = DriverManager.getConnection(url, props)) {
            for (int i = drop ? 1 : 0; i < args.length; i++) {
                if (drop) {
                    drop(c, args[i]);
                } else {
                    ensure(c, args[i]);
                }
            }
        } catch (SQLException e) {
            System.err.println("Cannot use PostgreSQL at " + host + ":" + port + " as user " + user + ": " + e.getMessage());
            if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
                System.err.println("The server answers but refuses the login. Either allow trust authentication for"
                        + " 127.0.0.1 in pg_hba.conf, or give the user a password and pass it:\n"
                        + "  sudo -u postgres psql -c \"ALTER USER " + user + " PASSWORD 'postgres'\"\n"
                        + "  DB_PASSWORD=postgres deploy/local/up");
            }
            System.exit(3);
        }
    }

    private static void drop(Connection c, String database) throws SQLException {
        checkName(database);
        try (Statement statement = c.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        }
        System.out.println("dropped database " + database);
    }

    private static void checkName(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
    }

    private static void ensure(Connection c, String database) throws SQLException {
        checkName(database);
        try (PreparedStatement query = c.prepareStatement(
                "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    String encoding = rs.getString(1);
                    if (!"UTF8".equals(encoding)) {
                        // Chinese names would not survive; say so rather than fail later in a service.
                        System.err.println("warning: database " + database + " uses encoding " + encoding
                                + ", not UTF8; drop it to let deploy/local/up re-create it");
                    }
                    return;
                }
            }
        }
        try (Statement create = c.createStatement()) {
            // template0: template1 may carry another encoding or locale on some installations
            create.execute("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8' TEMPLATE template0");
        }
        System.out.println("created database " + database);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
