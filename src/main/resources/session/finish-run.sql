-- The run as it ended (also over an interrupted mark: a replica thought stopped that finished after all is right).
WITH run AS (
    UPDATE dash_internal.runs
    SET status = ?, route = ?, answer = ?, response = ?::jsonb, duration_ms = ?
    WHERE id = ?
)
UPDATE dash_internal.sessions SET updated_at = now() WHERE id = ?
