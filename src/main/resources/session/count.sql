SELECT count(*)
FROM dash_internal.sessions s
WHERE s.user_id = ? AND s.via = ANY (?) AND (s.component_type = ? OR ?::text IS NULL) AND (s.component_id = ? OR ?::text IS NULL)
