package org.alliance.eventing.inbox;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.ConnectException;

/**
 * Tells a database that is away from a handler that fails. Retrying a handler a few times and then
 * parking the record is right for a bad record; parking every record while PostgreSQL restarts is
 * not. During an outage the consumer waits and retries, without counting attempts.
 */
final class Outage {

    private Outage() {
    }

    static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException) {
                return true;
            }
            if (t instanceof DatabaseException db && db.getSqlState() != null) {
                String state = db.getSqlState();
                // 08: connection exception; 53: insufficient resources; 57P0x: shutting down, cannot connect now
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }
}
