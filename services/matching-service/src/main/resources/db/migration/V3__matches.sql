-- A proposed pairing of a need with a studio, its score and why. Written by the matching engine as
-- PROPOSED; coordinators' decisions move it on. The region and industry columns are copies taken at
-- proposal time so coordinators can filter without joining the replica.
CREATE TABLE match (
    id                 UUID PRIMARY KEY,
    need_id            UUID             NOT NULL REFERENCES need (id),
    studio_id          UUID             NOT NULL,
    score              DOUBLE PRECISION NOT NULL,
    -- 1 = best of the need's proposals at the last scoring
    rank               INT              NOT NULL,
    explanation        JSONB            NOT NULL,
    status             TEXT             NOT NULL DEFAULT 'PROPOSED',
    need_region_code   CHAR(6)          NOT NULL,
    studio_region_code CHAR(6)          NOT NULL,
    industry_section   CHAR(1),
    industry_division  CHAR(2),
    created_at         TIMESTAMPTZ      NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ      NOT NULL DEFAULT now(),
    CONSTRAINT match_status_check CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT match_need_studio UNIQUE (need_id, studio_id)
);
CREATE INDEX match_need ON match (need_id, score DESC);
-- the load feature counts a studio's open matches
CREATE INDEX match_open_studio ON match (studio_id) WHERE status IN ('PROPOSED', 'ACCEPTED');
CREATE INDEX match_status_created ON match (status, created_at DESC);
