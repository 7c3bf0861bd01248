-- Where each copy stands in its outcome's recipient list (alliance members first, then by supply-chain
-- distance, then by studio id), so the lineage can page through thousands of recipients in that order.
ALTER TABLE outcome_delivery ADD COLUMN position INT NOT NULL DEFAULT 0;
CREATE INDEX outcome_delivery_lineage ON outcome_delivery (outcome_id, position);
