-- The expert pool grows what assignment needs: the employer (a registry enterprise id, checked against
-- the replica), expertise as GB/T 4754 divisions and keywords, the studios the expert declared a
-- conflict of interest with, and the most cases the expert takes in one call. Existing experts keep
-- their affiliation and specialty text; they have no employer until one is set.
ALTER TABLE expert
    ADD COLUMN employer_enterprise_id       UUID,
    ADD COLUMN industry_divisions           TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN keywords                     TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN declared_conflict_studio_ids UUID[]  NOT NULL DEFAULT '{}',
    ADD COLUMN max_cases_per_call           INTEGER NOT NULL DEFAULT 10 CHECK (max_cases_per_call BETWEEN 1 AND 500),
    ADD COLUMN version                      BIGINT  NOT NULL DEFAULT 1;

CREATE INDEX expert_active ON expert (id) WHERE active;
