-- A run-time write replaces only its own author's unapproved entry: never a file-loaded one, another user's, or what a
-- person approved (those rows are left as they are and no row counts as written). A file-loaded entry replaces any.
INSERT INTO dash_internal.knowledge
    (id, kind, origin, source, name, content, questions, sql, tables, approved, content_hash, user_id, session_id,
     run_id, search)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, to_tsvector('english', ?))
ON CONFLICT (id) DO UPDATE SET
    kind = EXCLUDED.kind, origin = EXCLUDED.origin, source = EXCLUDED.source, name = EXCLUDED.name,
    content = EXCLUDED.content, questions = EXCLUDED.questions, sql = EXCLUDED.sql, tables = EXCLUDED.tables,
    approved = EXCLUDED.approved, content_hash = EXCLUDED.content_hash, user_id = EXCLUDED.user_id,
    session_id = EXCLUDED.session_id, run_id = EXCLUDED.run_id, approved_by = NULL, approved_at = NULL,
    search = EXCLUDED.search, updated_at = now()
WHERE EXCLUDED.origin = 'file'
   OR (knowledge.origin = 'runtime' AND NOT knowledge.approved AND knowledge.user_id IS NOT DISTINCT FROM EXCLUDED.user_id)
