-- What the review side needs to decide a call's applications and a call did not say: the lowest
-- aggregate expert score that may be funded, the score from which a graded tier's application gets
-- grade A (below it B), regional balancing (every region's best this many fundable applications are
-- funded before the rest by rank) and the most applications the call funds in all (an achievement
-- call: 60 a year). Frozen with the rest of the terms at publication.
ALTER TABLE funding_call
    ADD COLUMN minimum_score         NUMERIC(6, 2),
    ADD COLUMN grade_a_score         NUMERIC(6, 2),
    ADD COLUMN region_minimum_places INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN places                INTEGER,
    ADD CONSTRAINT funding_call_scores_check CHECK (minimum_score IS NULL OR minimum_score >= 0),
    ADD CONSTRAINT funding_call_grade_a_check CHECK (grade_a_score IS NULL OR grade_a_score >= coalesce(minimum_score, 0)),
    ADD CONSTRAINT funding_call_places_check CHECK (region_minimum_places >= 0 AND (places IS NULL OR places >= 1));
