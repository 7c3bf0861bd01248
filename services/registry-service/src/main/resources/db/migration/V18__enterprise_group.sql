-- The group (集团) an enterprise belongs to: the registry id of the group's head enterprise (集团公司), null for
-- none and for a head itself. An id, not a name: conflict-of-interest checks downstream compare groups, and a
-- name spelled two ways (中国兵器工业集团 / 中国兵器工业集团有限公司) would silently be two groups. One level:
-- the service keeps a head out of other groups, so "same group" is one comparison.
ALTER TABLE enterprise ADD COLUMN group_enterprise_id UUID REFERENCES enterprise (id);
ALTER TABLE enterprise ADD CONSTRAINT enterprise_group_not_self CHECK (group_enterprise_id <> id);
-- "does this enterprise head a group?" when one would join another group
CREATE INDEX enterprise_group ON enterprise (group_enterprise_id) WHERE group_enterprise_id IS NOT NULL;
