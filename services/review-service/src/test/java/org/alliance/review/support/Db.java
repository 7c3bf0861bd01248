package org.alliance.review.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.alliance.testing.TestPostgres;

/** Reads the service's test database directly. */
public final class Db {

    public static final String DATABASE = "review_test";

    private Db() {
    }

    /** The first column of each row {@code sql} answers, as text. */
    public static List<String> column(String sql, Object... parameters) {
        try (Connection c = TestPostgres.server().connect(DATABASE); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks {@code sql} again until {@code done} holds for its answer or 30 s pass; answers the last answer. */
    public static List<String> await(Predicate<List<String>> done, String sql, Object... parameters) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> last = column(sql, parameters);
        while (!done.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = column(sql, parameters);
        }
        return last;
    }
}
