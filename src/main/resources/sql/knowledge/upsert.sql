INSERT INTO dash_internal.knowledge
    (id, kind, origin, source, name, content, questions, sql, tables, approved, content_hash, user_id, search)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('english', ?))
ON CONFLICT (id) DO UPDATE SET
    kind = EXCLUDED.kind, origin = EXCLUDED.origin, source = EXCLUDED.source, name = EXCLUDED.name,
    content = EXCLUDED.content, questions = EXCLUDED.questions, sql = EXCLUDED.sql, tables = EXCLUDED.tables,
    approved = EXCLUDED.approved, content_hash = EXCLUDED.content_hash, user_id = EXCLUDED.user_id,
    search = EXCLUDED.search, updated_at = now()
