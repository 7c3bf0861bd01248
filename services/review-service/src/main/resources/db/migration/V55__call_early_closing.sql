-- call.closed.v1: the issuing union closed the call's window before its last day; the review may then
-- close before closes_on has passed.
ALTER TABLE funding_call ADD COLUMN closed_at TIMESTAMPTZ;
