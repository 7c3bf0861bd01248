-- Re-accreditation (复评) decided by the review service (reaccreditation.decided.v1): a renewal is an
-- act of its own in the studio's history, RENEWED, with the reasons the review gave, and every act the
-- review caused names its case.
ALTER TABLE studio_accreditation DROP CONSTRAINT studio_accreditation_kind;
ALTER TABLE studio_accreditation DROP CONSTRAINT studio_accreditation_kind_check;
ALTER TABLE studio_accreditation ADD CONSTRAINT studio_accreditation_kind_check
    CHECK (kind IN ('ACCREDITED', 'RENEWED', 'REVOKED'));
ALTER TABLE studio_accreditation ADD CONSTRAINT studio_accreditation_kind CHECK (
    (kind = 'ACCREDITED' AND reason IS NULL AND revoked_on IS NULL)
    OR (kind = 'RENEWED' AND reason IS NOT NULL AND revoked_on IS NULL)
    OR (kind = 'REVOKED' AND reason IS NOT NULL AND revoked_on IS NOT NULL));
ALTER TABLE studio_accreditation ADD COLUMN reaccreditation_case_id UUID;
