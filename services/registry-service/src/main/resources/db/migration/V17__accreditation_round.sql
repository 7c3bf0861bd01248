-- A studio accredited by a city union's yearly accreditation round (年度认定), decided in the review
-- service (accreditation.decided.v1): an ACCREDITED act like any other, naming the round's case so the
-- history says where it came from (and a redelivered decision is recognised).
ALTER TABLE studio_accreditation ADD COLUMN accreditation_case_id UUID;
CREATE UNIQUE INDEX studio_accreditation_round_case ON studio_accreditation (accreditation_case_id)
    WHERE accreditation_case_id IS NOT NULL;
