-- The accreditation history (认定 / 撤销) of each studio, one row per act, never updated.
CREATE TABLE studio_accreditation (
    id            UUID        PRIMARY KEY,
    studio_id     UUID        NOT NULL REFERENCES studio (id),
    -- the studio's version this act produced; orders the history and ties it to the event
    studio_version BIGINT     NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('ACCREDITED', 'REVOKED')),
    tier          TEXT        NOT NULL,
    accredited_by CHAR(6)     NOT NULL,
    accredited_on DATE        NOT NULL,
    re_review_due DATE        NOT NULL,
    reason        TEXT,
    revoked_on    DATE,
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (studio_id, studio_version),
    CONSTRAINT studio_accreditation_kind CHECK (
        (kind = 'ACCREDITED' AND reason IS NULL AND revoked_on IS NULL)
        OR (kind = 'REVOKED' AND reason IS NOT NULL AND revoked_on IS NOT NULL))
);
