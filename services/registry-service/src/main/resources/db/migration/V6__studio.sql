-- Innovation studios (职工创新工作室). Region and industry are copied from the studio's enterprise
-- (and kept in step when the enterprise changes) so that lists filter one table.
CREATE TABLE studio (
    id                   UUID        PRIMARY KEY,
    name                 TEXT        NOT NULL CHECK (length(btrim(name)) > 0),
    enterprise_id        UUID        NOT NULL REFERENCES enterprise (id),
    enterprise_name      TEXT        NOT NULL,
    region_code          CHAR(6)     NOT NULL REFERENCES region (code),
    industry_section     CHAR(1)     NOT NULL,
    industry_division    CHAR(2)     NOT NULL,
    tier                 TEXT        NOT NULL CHECK (tier IN ('NATIONAL_DEMONSTRATION', 'PROVINCIAL_DEMONSTRATION',
                                                             'MUNICIPAL', 'DISTRICT_BUREAU_GROUP', 'ENTERPRISE')),
    leader_name          TEXT        NOT NULL,
    leader_honours       TEXT[]      NOT NULL,
    team_size            INT         NOT NULL CHECK (team_size >= 1),
    focus_industries     TEXT[]      NOT NULL,
    capabilities_summary TEXT        NOT NULL,
    capability_keywords  TEXT[]      NOT NULL,
    -- the Inner Mongolia "seven haves" (七有) accreditation checklist
    has_model_worker_lead BOOLEAN    NOT NULL,
    has_team             BOOLEAN     NOT NULL,
    has_venue            BOOLEAN     NOT NULL,
    has_equipment        BOOLEAN     NOT NULL,
    has_rules            BOOLEAN     NOT NULL,
    has_funding          BOOLEAN     NOT NULL,
    has_results          BOOLEAN     NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('REGISTERED', 'ACCREDITED', 'REVOKED')),
    -- the current (latest) accreditation; the whole history is in studio_accreditation
    accreditation_tier   TEXT,
    accredited_by        CHAR(6),
    accredited_on        DATE,
    re_review_due        DATE,
    revocation_reason    TEXT,
    revoked_on           DATE,
    contact_person       TEXT,
    contact_phone        TEXT,
    contact_email        TEXT,
    version              BIGINT      NOT NULL CHECK (version >= 1),
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    CONSTRAINT studio_accreditation_complete CHECK (
        (status = 'REGISTERED' AND accredited_on IS NULL AND revoked_on IS NULL)
        OR (status = 'ACCREDITED' AND accredited_on IS NOT NULL AND re_review_due IS NOT NULL AND revoked_on IS NULL)
        OR (status = 'REVOKED' AND accredited_on IS NOT NULL AND revoked_on IS NOT NULL AND revocation_reason IS NOT NULL))
);

CREATE INDEX studio_enterprise ON studio (enterprise_id);
CREATE INDEX studio_name ON studio (name, id);
CREATE INDEX studio_region_name ON studio (region_code, name, id);
CREATE INDEX studio_tier ON studio (tier, name, id);
CREATE INDEX studio_status ON studio (status, name, id);
CREATE INDEX studio_industry ON studio (industry_section, industry_division);
CREATE INDEX studio_re_review_due ON studio (re_review_due) WHERE status = 'ACCREDITED';
