-- The yearly accreditation round of new municipal studios (年度市级职工创新工作室认定): one round per
-- city union's region and year, with its places (at least 80, Beijing's figure since 2017) and pass mark.
CREATE TABLE accreditation_round (
    id            UUID        PRIMARY KEY,
    region_code   CHAR(6)     NOT NULL,
    year          INTEGER     NOT NULL CHECK (year BETWEEN 2017 AND 2100),
    places        INTEGER     NOT NULL CHECK (places >= 80),
    pass_score    INTEGER     NOT NULL CHECK (pass_score BETWEEN 0 AND 100),
    status        TEXT        NOT NULL CHECK (status IN ('OPEN', 'DECIDED')),
    opened_by     TEXT        NOT NULL,
    opened_at     TIMESTAMPTZ NOT NULL,
    decided_by    CHAR(6),
    closed_by     TEXT,
    decided_on    DATE,
    decided_at    TIMESTAMPTZ,
    accredited    INTEGER,
    version       BIGINT      NOT NULL,
    CONSTRAINT accreditation_round_once UNIQUE (region_code, year),
    CHECK ((status = 'OPEN') = (decided_at IS NULL))
);

-- A nomination is a case of the round: the studio's facts as the registry replica gave them when it was
-- nominated, who nominated it, and once the round is decided, its decision with the reason and rank.
CREATE TABLE accreditation_case (
    id                 UUID        PRIMARY KEY,
    round_id           UUID        NOT NULL REFERENCES accreditation_round (id),
    studio_id          UUID        NOT NULL,
    studio_name        TEXT        NOT NULL,
    enterprise_id      UUID        NOT NULL,
    region_code        CHAR(6)     NOT NULL,
    tier               TEXT        NOT NULL,
    studio_status      TEXT        NOT NULL,
    nominated_by       TEXT        NOT NULL,
    nominating_region  CHAR(6)     NOT NULL,
    nominating_level   TEXT        NOT NULL CHECK (nominating_level IN ('DISTRICT', 'CITY')),
    note               TEXT,
    nominated_at       TIMESTAMPTZ NOT NULL,
    decision           TEXT        CHECK (decision IN ('ACCREDITED', 'NOT_ACCREDITED')),
    reason_code        TEXT        CHECK (reason_code IN ('ACCREDITED', 'BELOW_PASS_MARK', 'PLACES_FILLED', 'NOT_SCORED')),
    reason             TEXT,
    average_score      NUMERIC(5, 2),
    experts_scored     INTEGER,
    rank               INTEGER,
    CONSTRAINT accreditation_case_once UNIQUE (round_id, studio_id),
    CHECK ((decision IS NULL) = (reason_code IS NULL))
);
CREATE INDEX accreditation_case_round ON accreditation_case (round_id, nominated_at, id);

-- One expert's scores of a nominated studio against the seven haves, 0-100 each; submitted once.
CREATE TABLE accreditation_score (
    id                 UUID        PRIMARY KEY,
    case_id            UUID        NOT NULL REFERENCES accreditation_case (id),
    expert_id          UUID        NOT NULL,
    model_worker_lead  INTEGER     NOT NULL CHECK (model_worker_lead BETWEEN 0 AND 100),
    team               INTEGER     NOT NULL CHECK (team BETWEEN 0 AND 100),
    venue              INTEGER     NOT NULL CHECK (venue BETWEEN 0 AND 100),
    equipment          INTEGER     NOT NULL CHECK (equipment BETWEEN 0 AND 100),
    rules              INTEGER     NOT NULL CHECK (rules BETWEEN 0 AND 100),
    funding            INTEGER     NOT NULL CHECK (funding BETWEEN 0 AND 100),
    results            INTEGER     NOT NULL CHECK (results BETWEEN 0 AND 100),
    comment            TEXT        NOT NULL,
    scored_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT accreditation_score_once UNIQUE (case_id, expert_id)
);
