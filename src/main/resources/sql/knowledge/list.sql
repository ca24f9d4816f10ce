SELECT id, kind, origin, source, name, content, questions, sql, tables, approved, user_id, session_id, run_id,
       approved_by, approved_at, created_at, updated_at, count(*) OVER () AS total
  FROM dash_internal.knowledge
 WHERE (?::text IS NULL OR kind = ?)
   AND (?::text IS NULL OR search @@ websearch_to_tsquery('english', ?) OR name ILIKE '%' || ? || '%')
 ORDER BY kind, name
 LIMIT ? OFFSET ?
