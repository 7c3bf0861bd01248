-- Outstanding achievements (首都职工优秀自主创新成果): applications under a call of kind
-- OUTSTANDING_ACHIEVEMENT. The achievement's name, industry, use and lead worker's member card reuse the
-- columns a project's title and industry and a patent's use and card live in; what only an achievement
-- has gets its own columns.
ALTER TABLE application DROP CONSTRAINT application_kind_check;
ALTER TABLE application ADD CONSTRAINT application_kind_check
    CHECK (kind IN ('PATENT_BOOST', 'PROJECT_BOOST', 'OUTSTANDING_ACHIEVEMENT'));
ALTER TABLE application
    ADD COLUMN achievement_category TEXT CHECK (achievement_category IN ('PATENT', 'PROCESS', 'PRODUCT', 'SAVING')),
    ADD COLUMN achievement_summary  TEXT,
    ADD COLUMN lead_name            TEXT,
    ADD COLUMN completed_on         DATE,
    ADD COLUMN economic_value_rmb   BIGINT CHECK (economic_value_rmb >= 0),
    ADD COLUMN promotion_plan       TEXT,
    ADD CONSTRAINT application_achievement_check
        CHECK (kind <> 'OUTSTANDING_ACHIEVEMENT' OR (achievement_category IS NOT NULL AND title IS NOT NULL));
