INSERT INTO dash_internal.learnings
    (title, lesson, failing_sql, error_state, error_message, fixed_sql, tables, user_id, session_id, run_id, source,
     search)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, ?, to_tsvector('english', ?))
RETURNING id
