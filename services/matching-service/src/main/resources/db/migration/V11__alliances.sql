-- Alliances (联盟) of studios and their members. Member rows hold only the studio id: names,
-- enterprises and regions are read from the replica, which stays the one copy of registry facts.
CREATE TABLE alliance (
    id               UUID PRIMARY KEY,
    name             TEXT        NOT NULL,
    kind             TEXT        NOT NULL CHECK (kind IN ('CROSS_REGION', 'SUPPLY_CHAIN', 'INTRA_ENTERPRISE')),
    coordinator_name TEXT        NOT NULL,
    description      TEXT,
    from_match_id    UUID REFERENCES match (id),
    formed_by        TEXT        NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 1,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX alliance_created ON alliance (created_at DESC);

CREATE TABLE alliance_member (
    alliance_id  UUID        NOT NULL REFERENCES alliance (id),
    studio_id    UUID        NOT NULL,
    via_match_id UUID REFERENCES match (id),
    added_by     TEXT        NOT NULL,
    joined_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (alliance_id, studio_id)
);
-- propagation asks "which alliances is this studio in"
CREATE INDEX alliance_member_studio ON alliance_member (studio_id);
