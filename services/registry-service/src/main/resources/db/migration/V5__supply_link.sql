-- Supply links (上下游): the upstream enterprise supplies the downstream one. A removed link stays
-- as a row with active = false, so its removal event carries the same state the topic keeps.
CREATE TABLE supply_link (
    id                       UUID        PRIMARY KEY,
    upstream_enterprise_id   UUID        NOT NULL REFERENCES enterprise (id),
    downstream_enterprise_id UUID        NOT NULL REFERENCES enterprise (id),
    product                  TEXT        NOT NULL CHECK (length(btrim(product)) > 0),
    active                   BOOLEAN     NOT NULL,
    version                  BIGINT      NOT NULL CHECK (version >= 1),
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    CONSTRAINT supply_link_not_self CHECK (upstream_enterprise_id <> downstream_enterprise_id)
);

-- at most one active link per direction; a removed link may be created again later
CREATE UNIQUE INDEX supply_link_active_direction ON supply_link (upstream_enterprise_id, downstream_enterprise_id)
    WHERE active;
-- the recursive neighbour query walks active links from either end
CREATE INDEX supply_link_downstream ON supply_link (downstream_enterprise_id) WHERE active;
