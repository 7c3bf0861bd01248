-- The state change each benchmark event reports, and what the consumer writes when it applies one.
CREATE TABLE bench_item (
    id  UUID PRIMARY KEY,
    seq BIGINT NOT NULL
);

CREATE TABLE bench_applied (
    event_id TEXT PRIMARY KEY,
    seq      BIGINT NOT NULL
);
