WITH run AS (
    INSERT INTO dash_internal.runs (id, session_id, user_id, question, status, route, answer, response, duration_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
)
UPDATE dash_internal.sessions SET updated_at = now() WHERE id = ?
