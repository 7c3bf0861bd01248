-- One review case per submitted application (application.submitted on alliance.application.application):
-- what the sign-off (审核盖章), expert review and decision work on. Other parts of the service join on
-- id, application_id, call_id, studio_id, enterprise_id, region_code, kind and status.
CREATE TABLE review_case (
    id                  UUID PRIMARY KEY,
    application_id      UUID        NOT NULL UNIQUE,
    call_id             UUID        NOT NULL,
    call_year           INTEGER     NOT NULL,
    kind                TEXT        NOT NULL,
    region_code         CHAR(6)     NOT NULL,
    -- null for a patent boost that names no studio
    studio_id           UUID,
    -- the studio's enterprise from the studio replica; null until that studio's event has arrived,
    -- and for a patent boost without a studio
    enterprise_id       UUID,
    enterprise_name     TEXT        NOT NULL,
    -- the project's title, or the patent's
    title               TEXT        NOT NULL,
    -- GB/T 4754-2017: the project's division, else the studio's
    industry_division   CHAR(2),
    stage               TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    -- the application's version as last received (submitted or amended)
    application_version BIGINT      NOT NULL,
    submitted_at        TIMESTAMPTZ NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- optimistic lock of the case row
    version             BIGINT      NOT NULL DEFAULT 0,
    -- named, so that a later migration can widen them
    CONSTRAINT review_case_stage_check CHECK (stage IN ('UNIT', 'DISTRICT', 'CITY', 'SIGNED_OFF')),
    CONSTRAINT review_case_status_check CHECK (status IN ('IN_SIGN_OFF', 'RETURNED', 'SIGNED_OFF', 'REJECTED', 'WITHDRAWN'))
);
CREATE INDEX review_case_call ON review_case (call_id, status);
CREATE INDEX review_case_studio ON review_case (studio_id);
CREATE INDEX review_case_enterprise ON review_case (enterprise_id);
CREATE INDEX review_case_region ON review_case (region_code);
