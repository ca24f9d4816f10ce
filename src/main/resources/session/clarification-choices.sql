-- The meaning chosen for each term: this session's latest answer, else the user's latest remembered one.
SELECT DISTINCT ON (term) term, choice FROM dash_internal.clarifications
WHERE status = 'answered' AND (session_id = ? OR (user_id = ? AND remembered))
ORDER BY term, (session_id = ?) DESC, answered_at DESC
