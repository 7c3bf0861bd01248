-- The audit trail of a review case: every step in order, the applicant's (SUBMITTED, AMENDED,
-- WITHDRAWN) and each sign-off level's (APPROVED with the stamp, RETURNED and REJECTED with the
-- reason). Steps are only ever added. Later parts of the review may add steps of their own kinds.
CREATE TABLE case_step (
    id          UUID PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES review_case (id),
    seq         INTEGER     NOT NULL,
    action      TEXT        NOT NULL,
    -- the level that acted (UNIT, DISTRICT, CITY); null for the applicant's steps
    level       TEXT,
    -- the acting union's name as on its stamp (盖章)
    union_name  TEXT,
    -- who acted: the token's subject, or the service for the applicant's steps
    actor       TEXT        NOT NULL,
    -- the acting union's region (its token's)
    region_code CHAR(6),
    reason      TEXT,
    at          TIMESTAMPTZ NOT NULL,
    UNIQUE (case_id, seq)
);

-- cases opened before the trail existed start it with their submission
INSERT INTO case_step (id, case_id, seq, action, actor, at)
SELECT gen_random_uuid(), id, 1, 'SUBMITTED', 'application-service', submitted_at FROM review_case;
