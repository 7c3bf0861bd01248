-- The review side's copy of each published funding call: the terms selection decides by, exactly as
-- call.published.v1 carried them (frozen at publication, so the copy never changes once written).
CREATE TABLE funding_call (
    id             UUID        PRIMARY KEY,
    kind           TEXT        NOT NULL CHECK (kind IN ('PATENT_BOOST', 'PROJECT_BOOST', 'OUTSTANDING_ACHIEVEMENT')),
    year           INTEGER     NOT NULL,
    issuing_region CHAR(6)     NOT NULL CHECK (issuing_region ~ '^[0-9]{6}$'),
    terms          JSONB       NOT NULL,
    published_at   TIMESTAMPTZ NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
