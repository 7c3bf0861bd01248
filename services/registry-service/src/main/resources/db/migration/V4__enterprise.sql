-- Enterprises (企业). The unified social credit code is checked (GB 32100 and GB 11714 check
-- characters) by the service before it reaches this table; the constraints here keep the shape.
CREATE TABLE enterprise (
    id                         UUID        PRIMARY KEY,
    name                       TEXT        NOT NULL CHECK (length(btrim(name)) > 0),
    unified_social_credit_code CHAR(18)    NOT NULL UNIQUE,
    ownership                  TEXT        NOT NULL
        CHECK (ownership IN ('STATE_OWNED', 'NON_PUBLIC', 'COLLECTIVE', 'FOREIGN_INVESTED')),
    industry_section           CHAR(1)     NOT NULL CHECK (industry_section BETWEEN 'A' AND 'T'),
    industry_division          CHAR(2)     NOT NULL CHECK (industry_division ~ '^[0-9]{2}$'),
    region_code                CHAR(6)     NOT NULL REFERENCES region (code),
    -- starts at 1 and grows by one with every change; the If-Match precondition compares it
    version                    BIGINT      NOT NULL CHECK (version >= 1),
    created_at                 TIMESTAMPTZ NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL
);

-- lists filter by region (a province code selects a range of codes) and sort by name
CREATE INDEX enterprise_region_name ON enterprise (region_code, name, id);
CREATE INDEX enterprise_name ON enterprise (name, id);
CREATE INDEX enterprise_industry ON enterprise (industry_section, industry_division);
