-- The recorded maker of an object in the Engineer's schema (DashObjects first checks that it exists).
SELECT o.user_id
  FROM dash_internal.engineer_objects o
 WHERE o.name = ?
