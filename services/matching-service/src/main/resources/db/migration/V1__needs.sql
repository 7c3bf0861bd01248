-- A technical need (技术难题) a studio or enterprise wants solved by a capable studio elsewhere.
CREATE TABLE need (
    id            UUID PRIMARY KEY,
    title         TEXT        NOT NULL,
    description   TEXT        NOT NULL,
    industry_code TEXT        NOT NULL,
    region_code   CHAR(6)     NOT NULL,
    urgency       TEXT        NOT NULL CHECK (urgency IN ('LOW', 'NORMAL', 'HIGH')),
    status        TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
