-- A run's first row, status running, kept by this replica; a new session is created with it, so none is ever empty.
WITH session AS (
    INSERT INTO dash_internal.sessions (id, user_id, name, component_type, component_id, via)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO NOTHING
)
INSERT INTO dash_internal.runs (id, session_id, user_id, question, status, response, replica)
VALUES (?, ?, ?, ?, 'running', ?::jsonb, ?)
