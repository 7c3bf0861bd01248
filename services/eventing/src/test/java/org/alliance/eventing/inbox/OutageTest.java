package org.alliance.eventing.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A database that is away pauses the consumer; a failing handler or a bad statement does not. */
class OutageTest {

    @Test
    void connectionFailuresAndShutdownsAreOutages() {
        assertTrue(Outage.isDatabaseUnavailable(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(Outage.isDatabaseUnavailable(new RuntimeException(ClosedConnectionException.INSTANCE)));
        assertTrue(Outage.isDatabaseUnavailable(new PgException("terminating connection due to administrator command",
                "FATAL", "57P01", null)));
        assertTrue(Outage.isDatabaseUnavailable(new PgException("too many connections", "FATAL", "53300", null)));
    }

    @Test
    void handlerAndStatementFailuresAreNot() {
        assertFalse(Outage.isDatabaseUnavailable(new IllegalStateException("this handler never accepts it")));
        assertFalse(Outage.isDatabaseUnavailable(new PgException("duplicate key value", "ERROR", "23505", null)));
        assertFalse(Outage.isDatabaseUnavailable(new PgException("relation does not exist", "ERROR", "42P01", null)));
    }
}
