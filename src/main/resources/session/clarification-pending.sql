-- The session's clarifying question still waiting for its answer.
SELECT id, term, question FROM dash_internal.clarifications
WHERE session_id = ? AND status = 'asked'
ORDER BY created_at DESC, id DESC
LIMIT 1
