package org.alliance.eventing.sql;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.pool.ReactiveConnection;

/**
 * Native statements that answer rows, run on the connection of the current Hibernate Reactive
 * session (so within its transaction), with PostgreSQL's own {@code $1, $2...} parameters.
 *
 * <p>Why not {@code session.createNativeQuery}: Hibernate 7.1 stores each execution of a native
 * selection in its query plan cache under a key that no later execution equals, one new key per
 * execution. The cache never hits; the keys, all of one hash, pile into one bin that
 * every lookup walks comparing the statement text; and they crowd the bounded cache the HQL plans share.
 * A native statement needs no plan from Hibernate, so it goes to the connection directly. Nothing is
 * flushed first, as Hibernate would before a native query, unless the caller asks for it
 * ({@link #rowsAfterFlush}): when its transaction may hold entity changes the statement must see.
 */
public final class SessionSql {

    private SessionSql() {
    }

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * The rows {@code sql} answers, its parameters written {@code :name} (a {@code ::} cast is left
     * alone) and given by name; a name used twice is one parameter. A literal must not hold a colon
     * followed by a Latin letter, which would read as a name.
     */
    public static Uni<List<Object[]>> rows(String sql, Map<String, ?> parameters) {
        Positional p = positional(sql, parameters);
        return rows(p.sql(), p.values());
    }

    /** {@code sql} with {@code $n} for each distinct {@code :name}, and the values in that order. */
    record Positional(String sql, Object[] values) {
    }

    static Positional positional(String sql, Map<String, ?> parameters) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            if (!names.contains(name)) {
                names.add(name);
            }
            m.appendReplacement(positional, "\\$" + (names.indexOf(name) + 1));
        }
        m.appendTail(positional);
        return new Positional(positional.toString(), names.stream().map(parameters::get).toArray());
    }

    /** The rows {@code sql} answers, each as its column values in order. */
    public static Uni<List<Object[]>> rows(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> rows(session, sql, parameters));
    }

    /** {@link #rows(String, Object...)} after flushing the session, for a statement that must see the transaction's entity changes. */
    public static Uni<List<Object[]>> rowsAfterFlush(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> session.flush().chain(() -> rows(session, sql, parameters)));
    }

    public static Uni<List<Object[]>> rows(Mutiny.Session session, String sql, Object... parameters) {
        // the session's own connection: Hibernate Reactive's public implementation class exposes it
        ReactiveConnection connection = ((MutinySessionImpl) session).getReactiveConnection();
        return Uni.createFrom().completionStage(() -> connection.select(sql, parameters)).map(result -> {
            List<Object[]> rows = new ArrayList<>(result.size());
            result.forEachRemaining(rows::add);
            return rows;
        });
    }
}
