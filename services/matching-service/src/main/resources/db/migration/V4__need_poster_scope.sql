-- Who posted a need (a studio and/or its enterprise), the industry split into GB/T 4754-2017 section
-- and division, and where its studios may come from.
ALTER TABLE need
    ADD COLUMN industry_section  CHAR(1),
    ADD COLUMN industry_division CHAR(2),
    ADD COLUMN studio_id         UUID,
    ADD COLUMN enterprise_id     UUID,
    ADD COLUMN region_scope      TEXT   NOT NULL DEFAULT 'ANYWHERE'
        CHECK (region_scope IN ('ANYWHERE', 'OTHER_REGIONS', 'NAMED')),
    ADD COLUMN scope_regions     TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN posted_by         TEXT,
    ADD COLUMN updated_at        TIMESTAMPTZ NOT NULL DEFAULT now();
UPDATE need SET industry_section = industry_code WHERE industry_code ~ '^[A-T]$';
CREATE INDEX need_open ON need (created_at DESC) WHERE status = 'OPEN';
