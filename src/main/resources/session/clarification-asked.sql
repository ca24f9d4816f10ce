-- A clarifying question a run asked instead of answering; an older one still unanswered is dropped.
WITH older AS (
    UPDATE dash_internal.clarifications SET status = 'dropped' WHERE session_id = ? AND status = 'asked'
)
INSERT INTO dash_internal.clarifications (session_id, user_id, run_id, term, question) VALUES (?, ?, ?, ?, ?)
