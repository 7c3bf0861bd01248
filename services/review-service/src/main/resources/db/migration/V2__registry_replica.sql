-- The review service's replica of the registry: enterprises, supply links and studios, written only from
-- registry events (each carries the aggregate's full state). Conflict-of-interest checks read the
-- enterprises and their upstream and downstream links; sign-off scoping and re-accreditation read the
-- studios. Each row keeps the aggregate's version and only a strictly higher one replaces it, whatever
-- order the three topics deliver in; no foreign keys between them (a studio may arrive before its
-- enterprise).

CREATE TABLE enterprise (
    id                UUID PRIMARY KEY,
    name              TEXT        NOT NULL,
    unified_social_credit_code TEXT NOT NULL,
    ownership         TEXT        NOT NULL,
    industry_section  CHAR(1)     NOT NULL,
    industry_division CHAR(2)     NOT NULL,
    region_code       CHAR(6)     NOT NULL,
    version           BIGINT      NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

-- upstream supplies downstream; a removed link stays with active = false (its version still counts)
CREATE TABLE supply_link (
    id                       UUID PRIMARY KEY,
    upstream_enterprise_id   UUID        NOT NULL,
    downstream_enterprise_id UUID        NOT NULL,
    product                  TEXT,
    active                   BOOLEAN     NOT NULL,
    version                  BIGINT      NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX supply_link_upstream ON supply_link (upstream_enterprise_id) WHERE active;
CREATE INDEX supply_link_downstream ON supply_link (downstream_enterprise_id) WHERE active;

CREATE TABLE studio (
    id                UUID PRIMARY KEY,
    name              TEXT        NOT NULL,
    enterprise_id     UUID        NOT NULL,
    enterprise_name   TEXT,
    region_code       CHAR(6)     NOT NULL,
    industry_section  CHAR(1)     NOT NULL,
    industry_division CHAR(2)     NOT NULL,
    tier              TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('REGISTERED', 'ACCREDITED', 'REVOKED')),
    accredited_on     DATE,
    re_review_due     DATE,
    -- the whole payload as received (leader, seven haves, accreditation, revocation...), for readers that need more
    state             JSONB       NOT NULL,
    version           BIGINT      NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX studio_enterprise ON studio (enterprise_id);
CREATE INDEX studio_re_review_due ON studio (re_review_due) WHERE status = 'ACCREDITED';
