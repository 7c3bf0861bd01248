-- Each side's answer to a proposed match: the need's side (the union of the need's region, or a
-- coordinator on its behalf) and the studio's side. One row per side at most; the match turns
-- ACCEPTED when both sides accepted, DECLINED at the first decline.
CREATE TABLE match_decision (
    match_id     UUID        NOT NULL REFERENCES match (id),
    side         TEXT        NOT NULL CHECK (side IN ('NEED', 'STUDIO')),
    decision     TEXT        NOT NULL CHECK (decision IN ('ACCEPT', 'DECLINE')),
    reason       TEXT        NOT NULL,
    -- the token subject and the role it acted in: a union for its own side, or a coordinator
    decided_by   TEXT        NOT NULL,
    decided_role TEXT        NOT NULL CHECK (decided_role IN ('union', 'coordinator')),
    decided_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (match_id, side)
);
