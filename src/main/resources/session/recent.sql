-- Newest first; the caller reverses. The main SQL is the last statement of the run.
SELECT question, answer, response -> 'sql' ->> -1
FROM dash_internal.runs
WHERE session_id = ? AND status = 'completed'
ORDER BY created_at DESC, id
LIMIT ?
