-- The application service's copy of the registry's studios (from alliance.registry.studio): what
-- eligibility reads. The version guards against an older event overwriting a newer state.
CREATE TABLE studio (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL,
    enterprise_name TEXT    NOT NULL,
    region_code CHAR(6)     NOT NULL,
    tier        TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('REGISTERED', 'ACCREDITED', 'REVOKED')),
    version     BIGINT      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- An application (申报) under a call: a patent boost for a person, or a project boost for a studio.
-- Drafts and withdrawn applications are not "live": they count towards no limit.
CREATE TABLE application (
    id            UUID PRIMARY KEY,
    call_id       UUID        NOT NULL REFERENCES funding_call (id),
    kind          TEXT        NOT NULL CHECK (kind IN ('PATENT_BOOST', 'PROJECT_BOOST')),
    call_year     INTEGER     NOT NULL,
    region_code   CHAR(6)     NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'RETURNED', 'FUNDED', 'NOT_FUNDED')),
    studio_id     UUID        REFERENCES studio (id),
    enterprise_name TEXT      NOT NULL,
    -- patent boost
    patent_number TEXT,
    patent_title  TEXT,
    granted_on    DATE,
    inventor_name TEXT,
    member_card   TEXT,
    frontline     BOOLEAN,
    use_in_production TEXT,
    -- project boost
    title             TEXT,
    technical_content TEXT,
    problem_solved    TEXT,
    skills_training   TEXT,
    industry_section  CHAR(1),
    industry_division CHAR(2),
    approved_on       DATE,
    startup_funds_paid BOOLEAN,
    planned_completion DATE,
    return_reason TEXT,
    filed_by      TEXT        NOT NULL,
    version       BIGINT      NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    submitted_at  TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ NOT NULL,
    CHECK (kind <> 'PATENT_BOOST' OR (patent_number IS NOT NULL AND member_card IS NOT NULL)),
    CHECK (kind <> 'PROJECT_BOOST' OR studio_id IS NOT NULL)
);

-- One patent boost per person (member card) per call year, and a patent boosted at most once ever:
-- the database refuses the second live application even when two submissions race.
CREATE UNIQUE INDEX application_one_patent_boost_per_person_year ON application (member_card, call_year)
    WHERE kind = 'PATENT_BOOST' AND status NOT IN ('DRAFT', 'WITHDRAWN');
CREATE UNIQUE INDEX application_patent_boosted_once ON application (patent_number)
    WHERE kind = 'PATENT_BOOST' AND status NOT IN ('DRAFT', 'WITHDRAWN');
CREATE INDEX application_studio_call ON application (studio_id, call_id) WHERE studio_id IS NOT NULL;
CREATE INDEX application_region_list ON application (region_code, created_at DESC, id);
CREATE INDEX application_call_list ON application (call_id, created_at DESC, id);

-- Documents filed with an application: the enterprise's approval, the patent certificate.
CREATE TABLE attachment (
    id             UUID PRIMARY KEY,
    application_id UUID        NOT NULL REFERENCES application (id),
    file_name      TEXT        NOT NULL,
    media_type     TEXT        NOT NULL,
    size_bytes     INTEGER     NOT NULL CHECK (size_bytes > 0),
    sha256         CHAR(64)    NOT NULL,
    content        BYTEA       NOT NULL,
    uploaded_by    TEXT        NOT NULL,
    uploaded_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX attachment_application ON attachment (application_id, uploaded_at);

-- A funded project (from the review side's funding decision). Until it is ACCEPTED at completion
-- (结题验收) its studio may not apply again, in any call.
CREATE TABLE project (
    id             UUID PRIMARY KEY,
    application_id UUID        NOT NULL UNIQUE REFERENCES application (id),
    call_id        UUID        NOT NULL REFERENCES funding_call (id),
    studio_id      UUID        NOT NULL REFERENCES studio (id),
    region_code    CHAR(6)     NOT NULL,
    title          TEXT        NOT NULL,
    grade          TEXT,
    amount_rmb     BIGINT      NOT NULL CHECK (amount_rmb > 0),
    approved_on    DATE        NOT NULL,
    due_on         DATE        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('FUNDED', 'REPORTED', 'ACCEPTED', 'FAILED')),
    report         TEXT,
    reported_at    TIMESTAMPTZ,
    verdict_reason TEXT,
    accepted_on    DATE,
    decided_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX project_studio_open ON project (studio_id) WHERE status <> 'ACCEPTED';
CREATE INDEX project_due ON project (due_on) WHERE status <> 'ACCEPTED';

-- An innovation outcome (创新成果) of a funded project, or the patent of a boosted patent
-- application, published to the alliance (outcome.published.v1) when filed.
CREATE TABLE outcome (
    id               UUID PRIMARY KEY,
    project_id       UUID REFERENCES project (id),
    patent_application_id UUID REFERENCES application (id),
    studio_id        UUID        NOT NULL REFERENCES studio (id),
    region_code      CHAR(6)     NOT NULL,
    kind             TEXT        NOT NULL CHECK (kind IN ('PATENT', 'PROCESS', 'PRODUCT', 'SAVING')),
    title            TEXT        NOT NULL,
    summary          TEXT        NOT NULL,
    keywords         TEXT[]      NOT NULL,
    industry_section CHAR(1)     NOT NULL,
    industry_division CHAR(2)    NOT NULL,
    economic_value_rmb NUMERIC(16, 2),
    filed_by         TEXT        NOT NULL,
    published_at     TIMESTAMPTZ NOT NULL,
    CHECK ((project_id IS NULL) <> (patent_application_id IS NULL)),
    CHECK (patent_application_id IS NULL OR kind = 'PATENT')
);
-- a boosted patent is published as an outcome once
CREATE UNIQUE INDEX outcome_patent_once ON outcome (patent_application_id) WHERE patent_application_id IS NOT NULL;
CREATE INDEX outcome_region_list ON outcome (region_code, published_at DESC, id);
