-- The registry now publishes an enterprise's group (集团) as the id of the group's head enterprise
-- (enterprise.*.v2, groupEnterpriseId). The replica keeps that id; conflict checks compare
-- coalesce(group_enterprise_id, id), so a head and its members are one group, and take the group's
-- name from the head's own row. group_name (V11) was never filled by any event: dropped.
DROP INDEX IF EXISTS enterprise_group;
ALTER TABLE enterprise DROP COLUMN group_name;
ALTER TABLE enterprise ADD COLUMN group_enterprise_id UUID;
CREATE INDEX enterprise_group ON enterprise (group_enterprise_id) WHERE group_enterprise_id IS NOT NULL;
