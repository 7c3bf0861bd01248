-- State the test application changes in the same transaction as its events.
CREATE TABLE test_account (
    id      UUID PRIMARY KEY,
    owner   TEXT   NOT NULL,
    balance BIGINT NOT NULL
);

-- One row per handler call. Deliberately no unique key on event_id: a second application of the
-- same event would show up as a second row instead of failing.
CREATE TABLE test_effect (
    id       BIGSERIAL PRIMARY KEY,
    consumer TEXT   NOT NULL,
    event_id TEXT   NOT NULL,
    topic    TEXT   NOT NULL,
    subject  TEXT   NOT NULL,
    seq      INT    NOT NULL
);
CREATE INDEX test_effect_topic ON test_effect (topic, subject);
