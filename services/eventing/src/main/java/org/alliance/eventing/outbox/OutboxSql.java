package org.alliance.eventing.outbox;

/** The statements on the outbox table, in one place so the writer, the relay and the tests agree. */
public final class OutboxSql {

    /**
     * Parameters: id, topic, source, type, subject, dataschema, payload (JSON text; cast through text,
     * since the reactive client would send a String bound to jsonb as a JSON string), traceparent, tracestate.
     */
    public static final String INSERT = insert(1);

    /** Parameters per row, in the order of {@link #INSERT}. */
    public static final int INSERT_PARAMETERS = 9;

    /** {@link #INSERT} for {@code rows} rows in one statement: parameters 1-9 for the first, 10-18 for the second... */
    public static String insert(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO eventing.outbox_event"
                + " (id, topic, source, type, subject, dataschema, payload, traceparent, tracestate) VALUES ");
        for (int r = 0; r < rows; r++) {
            int p = r * INSERT_PARAMETERS;
            sql.append(r == 0 ? "" : ", ").append(String.format(
                    "(?%d, ?%d, ?%d, ?%d, ?%d, ?%d, cast(cast(?%d as text) as jsonb), ?%d, ?%d)",
                    p + 1, p + 2, p + 3, p + 4, p + 5, p + 6, p + 7, p + 8, p + 9));
        }
        return sql.toString();
    }

    /**
     * Claims up to $1 lanes that have unsent rows and that no other relay holds, the lane with the
     * oldest unsent row first (a lane left out of one claim is near the front of the next), and notes
     * them for {@link #SELECT_CLAIMED} in a setting local to the transaction. The lane locks last until
     * the transaction ends.
     *
     * <p>Claiming and reading are two statements, sent together: a statement reads with the snapshot
     * of its start, and a relay that held a lane may commit its marks between that moment and the
     * lock this claim takes on the lane (SKIP LOCKED then finds it free). One statement would read
     * that lane's rows as still unsent and send them a second time (50 of 4,000 events with two relays,
     * TwoRelaysOnceTest); the second statement starts after the locks are taken, so it sees every mark
     * committed before.
     *
     * <p>Each lane's oldest unsent row is found by a plain index scan with LIMIT 1, not by a semi-join:
     * rows marked sent leave dead entries in the partial index until VACUUM, a bitmap scan would read
     * them all on every claim (thousands after seconds of load, the claim slower with each), while a
     * plain index scan marks the ones it passed as dead, so the next claim skips them.
     * The rows are read the same way, lane by lane, at most $2 of each: a plan that read every unsent
     * row and kept those of the claimed lanes cost as much as the backlog. (Figures:
     * bench/results/eventing-2026-11-21-relay-plans.md.)
     */
    public static final String CLAIM_LANES = "WITH claimed AS (SELECT l.lane FROM eventing.outbox_lane l"
            + " CROSS JOIN LATERAL (SELECT e.position FROM eventing.outbox_event e"
            + " WHERE e.lane = l.lane AND e.sent_at IS NULL ORDER BY e.position LIMIT 1) oldest"
            + " ORDER BY oldest.position LIMIT $1 FOR UPDATE OF l SKIP LOCKED)"
            + " SELECT set_config('alliance.claimed_lanes', coalesce(string_agg(lane::text, ','), ''), true) AS lanes FROM claimed";

    /** The oldest unsent rows of the lanes {@link #CLAIM_LANES} claimed in this transaction, in insertion order, at most $1. */
    public static final String SELECT_CLAIMED = "SELECT e.position, e.lane, e.id, e.topic, e.source, e.type, e.subject, e.dataschema,"
            + " e.payload::text AS payload, e.traceparent, e.tracestate, e.created_at"
            + " FROM unnest(string_to_array(current_setting('alliance.claimed_lanes', true), ',')::smallint[]) c(lane)"
            + " CROSS JOIN LATERAL (SELECT * FROM eventing.outbox_event e"
            + " WHERE e.lane = c.lane AND e.sent_at IS NULL ORDER BY e.position LIMIT $1) e ORDER BY e.position LIMIT $1";

    public static final String MARK_SENT = "UPDATE eventing.outbox_event SET sent_at = clock_timestamp()"
            + " WHERE position = ANY($1::bigint[])";

    /** Deletes up to 10,000 rows sent more than $1 seconds ago. */
    public static final String DELETE_SENT = "DELETE FROM eventing.outbox_event WHERE position IN"
            + " (SELECT position FROM eventing.outbox_event WHERE sent_at < clock_timestamp() - make_interval(secs => $1)"
            + " LIMIT 10000 FOR UPDATE SKIP LOCKED)";

    public static final String BACKLOG = "SELECT count(*) AS backlog,"
            + " coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0)::float8 AS oldest_seconds"
            + " FROM eventing.outbox_event WHERE sent_at IS NULL";

    public static final String CHANNEL = "eventing_outbox";

    /**
     * Registers relay $1, whose LISTEN connection is server process $2, as about to sleep: writers
     * notify from now on. The row stays when the relay wakes ({@link #UNREGISTER_LISTENER}); V3 says why.
     */
    public static final String REGISTER_LISTENER = "INSERT INTO eventing.relay_listener (instance, backend_pid, listening)"
            + " VALUES ($1, $2, true) ON CONFLICT (instance) DO UPDATE"
            + " SET backend_pid = excluded.backend_pid, listening = true, since = clock_timestamp()";

    public static final String UNREGISTER_LISTENER = "UPDATE eventing.relay_listener SET listening = false"
            + " WHERE instance = $1 AND listening";

    /** Registrations left by relays that died without saying goodbye; harmless meanwhile (writers only notify in vain). */
    public static final String DELETE_STALE_LISTENERS = "DELETE FROM eventing.relay_listener"
            + " WHERE backend_pid NOT IN (SELECT pid FROM pg_stat_activity)";

    /**
     * True when no writer transaction is in flight that recorded events (each holds this lock shared
     * until it ends; see the outbox trigger). Taken and released within the statement, never waited for.
     */
    public static final String NO_WRITER_IN_FLIGHT = "SELECT pg_try_advisory_xact_lock(7350296) AS quiet";

    private OutboxSql() {
    }
}
