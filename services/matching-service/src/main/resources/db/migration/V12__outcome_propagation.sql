-- Outcomes (创新成果) as published by the application service, the copies delivered to studios'
-- feeds, and the adoptions (推广应用) studios report. The outcome row is written once, on the first
-- delivery of its outcome.published event; it is the guard that keeps a re-published outcome from
-- being propagated twice.
CREATE TABLE outcome (
    id                UUID PRIMARY KEY,
    studio_id         UUID          NOT NULL,
    title             TEXT          NOT NULL,
    summary           TEXT          NOT NULL,
    kind              TEXT          NOT NULL,
    keywords          TEXT[]        NOT NULL,
    industry_section  CHAR(1),
    industry_division CHAR(2),
    region_code       CHAR(6)       NOT NULL,
    published_at      TIMESTAMPTZ   NOT NULL,
    -- the value the outcome created where it was made, as published (RMB)
    value_rmb         NUMERIC(15, 2),
    -- the supply-chain hop limit in force when it was propagated
    hops              INT           NOT NULL,
    received_at       TIMESTAMPTZ   NOT NULL DEFAULT clock_timestamp()
);

-- One copy per recipient studio. paths lists every route that reached it: each alliance the two
-- studios share, and the shortest chain of enterprises along active supply links.
CREATE TABLE outcome_delivery (
    outcome_id    UUID        NOT NULL REFERENCES outcome (id),
    studio_id     UUID        NOT NULL,
    paths         JSONB       NOT NULL,
    -- the terms the outcome shares with the studio's capabilities or open needs (chain routes only)
    related_terms TEXT[]      NOT NULL DEFAULT '{}',
    delivered_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (outcome_id, studio_id)
);
CREATE INDEX outcome_delivery_feed ON outcome_delivery (studio_id, delivered_at DESC);

-- A studio applied an outcome it received and reports the economic value it created.
CREATE TABLE outcome_adoption (
    id         UUID PRIMARY KEY,
    outcome_id UUID           NOT NULL,
    studio_id  UUID           NOT NULL,
    value_rmb  NUMERIC(15, 2) NOT NULL CHECK (value_rmb >= 0),
    note       TEXT,
    adopted_on DATE           NOT NULL,
    adopted_by TEXT           NOT NULL,
    created_at TIMESTAMPTZ    NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT outcome_adoption_once UNIQUE (outcome_id, studio_id),
    CONSTRAINT outcome_adoption_delivered FOREIGN KEY (outcome_id, studio_id)
        REFERENCES outcome_delivery (outcome_id, studio_id)
);
