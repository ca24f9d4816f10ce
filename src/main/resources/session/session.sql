-- A session as SessionStore reads it; find.sql and list.sql say which ones.
SELECT s.id, s.user_id, s.name,
       to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       to_char(s.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       (SELECT count(*) FROM dash_internal.runs r WHERE r.session_id = s.id),
       s.component_type, s.component_id
FROM dash_internal.sessions s
