-- The expert pool (专家库) that scores applications for the city union.
CREATE TABLE expert (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL,
    affiliation TEXT        NOT NULL,
    specialty   TEXT        NOT NULL,
    region_code CHAR(6)     NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
