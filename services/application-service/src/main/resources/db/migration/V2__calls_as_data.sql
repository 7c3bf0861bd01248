-- Calls become data: who issues them, their lifecycle, amounts, budget, quotas, focus industries,
-- per-studio limits, eligible tiers and the patent grant window. A call of another year with other
-- numbers is a new row. Calls recorded before this version were drafts of the Beijing city union.
ALTER TABLE funding_call DROP CONSTRAINT funding_call_kind_check;
ALTER TABLE funding_call ADD CONSTRAINT funding_call_kind_check
    CHECK (kind IN ('PATENT_BOOST', 'PROJECT_BOOST', 'OUTSTANDING_ACHIEVEMENT'));
ALTER TABLE funding_call DROP CONSTRAINT funding_call_kind_year_key;

ALTER TABLE funding_call
    ADD COLUMN issuing_union   TEXT,
    ADD COLUMN issuing_region  CHAR(6),
    ADD COLUMN status          TEXT,
    ADD COLUMN budget_rmb      BIGINT,
    ADD COLUMN max_applications_per_studio INTEGER,
    ADD COLUMN max_funded_per_studio       INTEGER,
    ADD COLUMN completion_months           INTEGER,
    ADD COLUMN eligible_tiers  TEXT[],
    ADD COLUMN grant_from      DATE,
    ADD COLUMN grant_to        DATE,
    ADD COLUMN published_at    TIMESTAMPTZ;

UPDATE funding_call SET issuing_union = '北京市总工会', issuing_region = '110000', status = 'DRAFTED',
    budget_rmb = 0, max_applications_per_studio = 2, max_funded_per_studio = 1, completion_months = 24,
    eligible_tiers = '{}';

ALTER TABLE funding_call
    ALTER COLUMN issuing_union SET NOT NULL,
    ALTER COLUMN issuing_region SET NOT NULL,
    ALTER COLUMN status SET NOT NULL,
    ALTER COLUMN budget_rmb SET NOT NULL,
    ALTER COLUMN max_applications_per_studio SET NOT NULL,
    ALTER COLUMN max_funded_per_studio SET NOT NULL,
    ALTER COLUMN completion_months SET NOT NULL,
    ALTER COLUMN eligible_tiers SET NOT NULL,
    ADD CONSTRAINT funding_call_status_check CHECK (status IN ('DRAFTED', 'PUBLISHED')),
    ADD CONSTRAINT funding_call_region_check CHECK (issuing_region ~ '^[0-9]{6}$'),
    ADD CONSTRAINT funding_call_budget_check CHECK (budget_rmb >= 0),
    ADD CONSTRAINT funding_call_limits_check CHECK (max_applications_per_studio >= 1
        AND max_funded_per_studio BETWEEN 1 AND max_applications_per_studio AND completion_months >= 1),
    ADD CONSTRAINT funding_call_grant_window_check CHECK (grant_to IS NULL OR grant_from <= grant_to),
    ADD CONSTRAINT funding_call_kind_year_region_key UNIQUE (kind, year, issuing_region);

-- What the call pays: one row per studio tier and grade for a project call (tier and grade set),
-- one row with neither for a patent or an outstanding-achievement call (per patent, per achievement).
CREATE TABLE call_amount (
    call_id    UUID    NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    tier       TEXT,
    grade      TEXT CHECK (grade IS NULL OR grade ~ '^[A-Z]$'),
    amount_rmb BIGINT  NOT NULL CHECK (amount_rmb > 0),
    PRIMARY KEY (call_id, position)
);
CREATE UNIQUE INDEX call_amount_tier_grade ON call_amount (call_id, coalesce(tier, ''), coalesce(grade, ''));

-- Optional places (名额) per region: at most this many funded applications from studios of the region.
CREATE TABLE call_region_quota (
    call_id     UUID    NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    region_code CHAR(6) NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
    places      INTEGER NOT NULL CHECK (places >= 0),
    PRIMARY KEY (call_id, region_code)
);

-- The call's focus industries (高精尖), each an overlay on GB/T 4754-2017 divisions.
CREATE TABLE call_focus_industry (
    call_id   UUID    NOT NULL REFERENCES funding_call (id) ON DELETE CASCADE,
    focus     TEXT    NOT NULL,
    division  CHAR(2) NOT NULL CHECK (division ~ '^[0-9]{2}$'),
    PRIMARY KEY (call_id, focus, division)
);
