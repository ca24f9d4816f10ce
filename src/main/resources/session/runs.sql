-- A session's runs, oldest first, with the question and when it was asked; the caller checked the session is the user's.
SELECT question, response, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       extract(epoch FROM created_at)::bigint
FROM dash_internal.runs
WHERE session_id = ?
ORDER BY created_at, id
