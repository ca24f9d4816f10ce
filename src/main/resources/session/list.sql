-- One page of the user's sessions, newest first (after session.sql); null filters match every component.
WHERE s.user_id = ? AND s.via = ANY (?) AND (s.component_type = ? OR ?::text IS NULL) AND (s.component_id = ? OR ?::text IS NULL)
ORDER BY s.updated_at DESC, s.id
LIMIT ? OFFSET ?
