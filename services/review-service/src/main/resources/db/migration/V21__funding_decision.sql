-- A call's funding decision, once the city union closed its review: one row per call (a second
-- closing is refused by its key) and one decision per application of the call, in the order the
-- selection listed them (competing ones by rank, then the rejected, then those not signed off).
CREATE TABLE call_selection (
    call_id       UUID        PRIMARY KEY REFERENCES funding_call (id),
    closed_by     TEXT        NOT NULL,
    closed_at     TIMESTAMPTZ NOT NULL,
    funded        INTEGER     NOT NULL,
    funded_rmb    BIGINT      NOT NULL,
    remaining_rmb BIGINT      NOT NULL
);

CREATE TABLE funding_decision (
    application_id UUID          PRIMARY KEY,
    call_id        UUID          NOT NULL REFERENCES call_selection (call_id),
    case_id        UUID          NOT NULL REFERENCES review_case (id),
    position       INTEGER       NOT NULL,
    studio_id      UUID,
    region_code    CHAR(6)       NOT NULL,
    funded         BOOLEAN       NOT NULL,
    grade          TEXT,
    amount_rmb     BIGINT,
    reason_code    TEXT          NOT NULL,
    reason         TEXT          NOT NULL,
    score          NUMERIC(10,2),
    rank           INTEGER,
    -- false for an application rejected at a sign-off: its application.decided went out then
    published      BOOLEAN       NOT NULL,
    CONSTRAINT funding_decision_amount_check CHECK (funded = (amount_rmb IS NOT NULL)),
    UNIQUE (call_id, position)
);
