-- The eventing library's tables. They live in their own schema with their own Flyway history
-- (eventing.flyway_schema_history), so the library's versions never collide with a service's V1, V2...

-- One row per event a service recorded in the same transaction as its state change.
CREATE TABLE eventing.outbox_event (
    -- order of insertion; the relay publishes one lane's rows in this order
    position    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          UUID        NOT NULL UNIQUE,
    topic       TEXT        NOT NULL,
    source      TEXT        NOT NULL,
    type        TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    dataschema  TEXT        NOT NULL,
    payload     JSONB       NOT NULL,
    traceparent TEXT,
    tracestate  TEXT,
    -- all events of one subject fall into one of 32 lanes; a relay holds a lane while it publishes,
    -- so two relays never interleave one aggregate's events
    lane        SMALLINT    GENERATED ALWAYS AS ((hashtext(subject) & 31)::smallint) STORED,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    sent_at     TIMESTAMPTZ
);

CREATE INDEX outbox_event_unsent ON eventing.outbox_event (lane, position) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent ON eventing.outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- The lanes relays claim with FOR UPDATE SKIP LOCKED.
CREATE TABLE eventing.outbox_lane (
    lane SMALLINT PRIMARY KEY
);
INSERT INTO eventing.outbox_lane (lane) SELECT generate_series(0, 31);

-- Wakes the relays when a transaction that wrote events commits (NOTIFY is delivered at commit,
-- once per transaction and channel).
CREATE FUNCTION eventing.notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('eventing_outbox', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_event_notify AFTER INSERT ON eventing.outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION eventing.notify_outbox();

-- One row per event a consumer applied: the insert that finds the row already there means
-- "seen before", and the handler is skipped.
CREATE TABLE eventing.inbox_event (
    consumer        TEXT        NOT NULL,
    source          TEXT        NOT NULL,
    event_id        TEXT        NOT NULL,
    type            TEXT        NOT NULL,
    topic           TEXT        NOT NULL,
    kafka_partition INT         NOT NULL,
    kafka_offset    BIGINT      NOT NULL,
    processed_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (consumer, source, event_id)
);

CREATE INDEX inbox_event_processed ON eventing.inbox_event (processed_at);
