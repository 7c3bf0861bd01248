-- Re-accreditation (复评): one case per studio and re-review due date, opened from this service's
-- registry replica when the studio falls due (five years after its accreditation), scored by experts
-- of the pool against the seven haves (七有), decided RENEWED or REVOKED (reaccreditation.decided.v1).
CREATE TABLE reaccreditation_case (
    id             UUID        PRIMARY KEY,
    studio_id      UUID        NOT NULL,
    studio_name    TEXT        NOT NULL,
    enterprise_id  UUID        NOT NULL,
    region_code    CHAR(6)     NOT NULL,
    tier           TEXT        NOT NULL,
    accredited_on  DATE        NOT NULL,
    re_review_due  DATE        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('OPEN', 'DECIDED')),
    opened_by      TEXT        NOT NULL,
    opened_at      TIMESTAMPTZ NOT NULL,
    decision       TEXT        CHECK (decision IN ('RENEWED', 'REVOKED')),
    reasons        TEXT[],
    failed_items   TEXT[],
    average_score  NUMERIC(5, 2),
    decided_by     CHAR(6),
    decided_on     DATE,
    decided_at     TIMESTAMPTZ,
    version        BIGINT      NOT NULL,
    -- a studio's re-review for one due date is opened once, however often the openings run
    UNIQUE (studio_id, re_review_due),
    CHECK ((status = 'OPEN') = (decision IS NULL))
);
CREATE INDEX reaccreditation_case_region ON reaccreditation_case (region_code, re_review_due, id);

-- One expert's scores of a case, each of the seven haves 0-100; submitted once.
CREATE TABLE reaccreditation_score (
    id             UUID        PRIMARY KEY,
    case_id        UUID        NOT NULL REFERENCES reaccreditation_case (id),
    expert_id      UUID        NOT NULL,
    model_worker_lead INTEGER NOT NULL CHECK (model_worker_lead BETWEEN 0 AND 100),
    team           INTEGER     NOT NULL CHECK (team BETWEEN 0 AND 100),
    venue          INTEGER     NOT NULL CHECK (venue BETWEEN 0 AND 100),
    equipment      INTEGER     NOT NULL CHECK (equipment BETWEEN 0 AND 100),
    rules          INTEGER     NOT NULL CHECK (rules BETWEEN 0 AND 100),
    funding        INTEGER     NOT NULL CHECK (funding BETWEEN 0 AND 100),
    results        INTEGER     NOT NULL CHECK (results BETWEEN 0 AND 100),
    comment        TEXT        NOT NULL,
    scored_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT reaccreditation_score_once UNIQUE (case_id, expert_id)
);
