-- NOTIFY serialises commits: from a transaction's NOTIFY to the end of its commit (disk flush
-- included) PostgreSQL holds one database-wide lock, so writers that all notify commit one at a time
-- instead of sharing flushes. A relay that is publishing does not need waking (it looks again as
-- soon as a cycle ends), so writers notify only while some relay has said it is about to sleep.

-- Relays about to sleep until a NOTIFY. Unlogged: nothing here needs to survive a crash.
CREATE UNLOGGED TABLE eventing.relay_listener (
    instance    TEXT        PRIMARY KEY,
    -- the relay's LISTEN connection: a row whose server process is gone is stale and is deleted
    backend_pid INT         NOT NULL,
    since       TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

CREATE OR REPLACE FUNCTION eventing.notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Held until this transaction ends. A relay about to sleep registers in relay_listener, then waits
    -- until it can take this lock exclusively (no writer that may have seen no listener is still
    -- in flight) and looks once more before sleeping; so every writer either notifies or is seen.
    PERFORM pg_advisory_xact_lock_shared(7350296);
    IF EXISTS (SELECT 1 FROM eventing.relay_listener) THEN
        PERFORM pg_notify('eventing_outbox', '');
    END IF;
    RETURN NULL;
END
$$;
