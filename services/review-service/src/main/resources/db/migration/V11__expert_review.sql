-- Expert review (专家评审) of signed-off project cases: a call's scoring rubric as data, the experts
-- assigned to each case with why they were chosen, those excluded by a conflict of interest with the
-- reason, and the experts' scores, every correction a new version.

-- The group (集团) an enterprise belongs to, as the registry names it; null for none. Conflict checks
-- treat two enterprises of the same group as one party.
ALTER TABLE enterprise ADD COLUMN group_name TEXT;
CREATE INDEX enterprise_group ON enterprise (group_name) WHERE group_name IS NOT NULL;

-- A call's rubric (评分细则). criteria: {"criteria": [{code, name, weight, maxPoints, bonus}]} in the order shown;
-- an expert's total is the sum of weight x points. A call without a row uses the default rubric.
CREATE TABLE review_rubric (
    call_id          UUID PRIMARY KEY,
    experts_per_case INTEGER      NOT NULL CHECK (experts_per_case BETWEEN 1 AND 15),
    spread_threshold NUMERIC(8,2) NOT NULL CHECK (spread_threshold >= 0),
    criteria         JSONB        NOT NULL,
    version          BIGINT       NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- An expert on a case. DECLINED keeps the row (and bars the expert from the case); the replacement is
-- a new row. relevance, terms and load_before say why the expert was chosen.
CREATE TABLE expert_assignment (
    id              UUID PRIMARY KEY,
    case_id         UUID        NOT NULL REFERENCES review_case (id),
    call_id         UUID        NOT NULL,
    expert_id       UUID        NOT NULL REFERENCES expert (id),
    status          TEXT        NOT NULL CHECK (status IN ('ASSIGNED', 'DECLINED')),
    relevance       INTEGER     NOT NULL,
    relevance_terms TEXT[]      NOT NULL,
    load_before     INTEGER     NOT NULL,
    assigned_by     TEXT        NOT NULL,
    assigned_at     TIMESTAMPTZ NOT NULL,
    declined_reason TEXT,
    declined_at     TIMESTAMPTZ,
    UNIQUE (case_id, expert_id)
);
CREATE INDEX expert_assignment_load ON expert_assignment (call_id, expert_id) WHERE status = 'ASSIGNED';
CREATE INDEX expert_assignment_expert ON expert_assignment (expert_id) WHERE status = 'ASSIGNED';

-- An expert excluded from a case by a conflict of interest, found when the case was assigned.
CREATE TABLE assignment_exclusion (
    case_id     UUID NOT NULL REFERENCES review_case (id),
    expert_id   UUID NOT NULL REFERENCES expert (id),
    reason_code TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (case_id, expert_id)
);

-- An expert's scores of a case: version 1 is the submission, each correction the next version.
-- items: {"items": [{criterion, points, comment}]} in the rubric's order.
CREATE TABLE expert_score (
    id           UUID PRIMARY KEY,
    case_id      UUID          NOT NULL REFERENCES review_case (id),
    expert_id    UUID          NOT NULL REFERENCES expert (id),
    version      INTEGER       NOT NULL CHECK (version >= 1),
    items        JSONB         NOT NULL,
    total        NUMERIC(10,2) NOT NULL,
    note         TEXT,
    submitted_at TIMESTAMPTZ   NOT NULL,
    UNIQUE (case_id, expert_id, version)
);

-- What the decision reads: per case with experts assigned, the mean of the assigned experts' latest
-- totals, how many have scored, whether all N of the call have, and whether the spread between the
-- highest and lowest total exceeds the call's threshold (a panel discusses the case).
CREATE VIEW case_score AS
WITH latest AS (
    SELECT DISTINCT ON (s.case_id, s.expert_id) s.case_id, s.expert_id, s.total
    FROM expert_score s
    JOIN expert_assignment a ON a.case_id = s.case_id AND a.expert_id = s.expert_id AND a.status = 'ASSIGNED'
    ORDER BY s.case_id, s.expert_id, s.version DESC
), assigned AS (
    SELECT DISTINCT case_id, call_id FROM expert_assignment
)
SELECT a.case_id,
       round(avg(l.total), 2)::numeric AS aggregate_score,
       count(l.total)::int AS experts_scored,
       count(l.total) >= coalesce(r.experts_per_case, 3) AS complete,
       coalesce(max(l.total) - min(l.total) > coalesce(r.spread_threshold, 20), false) AS flagged
FROM assigned a
LEFT JOIN latest l ON l.case_id = a.case_id
LEFT JOIN review_rubric r ON r.call_id = a.call_id
GROUP BY a.case_id, r.experts_per_case, r.spread_threshold;
