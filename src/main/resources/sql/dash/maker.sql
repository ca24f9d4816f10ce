-- The recorded maker of an existing object in the Engineer's schema; a record whose object is gone (dropped outside
-- Dash) is not returned.
SELECT o.user_id
  FROM dash_internal.engineer_objects o
 WHERE o.name = ? AND to_regclass(o.name) IS NOT NULL
