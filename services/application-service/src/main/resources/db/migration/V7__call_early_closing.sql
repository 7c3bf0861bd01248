-- The issuing union may close a call's window before its last day (提前截止). closes_on stays as
-- published (the frozen terms); closed_at, when set, ends the window earlier.
ALTER TABLE funding_call
    ADD COLUMN closed_at      TIMESTAMPTZ,
    ADD COLUMN closed_by      TEXT,
    ADD COLUMN closing_reason TEXT CHECK (closing_reason IS NULL OR length(closing_reason) BETWEEN 1 AND 1000);
