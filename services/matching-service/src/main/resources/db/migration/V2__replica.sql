-- The matching service's replica of the registry: studios, enterprises and supply links, written only
-- from registry events (event-carried full state). Each row keeps the aggregate's version so an event
-- older than the one held is ignored, whatever order the topics deliver them in. There are no foreign
-- keys between these tables: the three topics are independent streams, and a studio may arrive
-- before its enterprise.

CREATE TABLE enterprise (
    id                UUID PRIMARY KEY,
    name              TEXT        NOT NULL,
    ownership         TEXT        NOT NULL,
    industry_section  CHAR(1)     NOT NULL,
    industry_division CHAR(2)     NOT NULL,
    region_code       CHAR(6)     NOT NULL,
    version           BIGINT      NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

-- Upstream supplies downstream. A removed link stays with active = false (its version still counts).
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
    id                 UUID PRIMARY KEY,
    name               TEXT        NOT NULL,
    enterprise_id      UUID        NOT NULL,
    enterprise_name    TEXT,
    region_code        CHAR(6)     NOT NULL,
    industry_section   CHAR(1)     NOT NULL,
    industry_division  CHAR(2)     NOT NULL,
    tier               TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('REGISTERED', 'ACCREDITED', 'REVOKED')),
    capability_summary TEXT        NOT NULL,
    keywords           TEXT[]      NOT NULL,
    -- contact details: shown only after both sides accepted a match
    contact_person     TEXT,
    contact_phone      TEXT,
    contact_email      TEXT,
    -- the whole payload as received (leader, seven haves, accreditation...), for readers that need more
    state              JSONB       NOT NULL,
    version            BIGINT      NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX studio_enterprise ON studio (enterprise_id);
CREATE INDEX studio_region ON studio (region_code);
