SELECT *, count(*) OVER () AS total
  FROM dash_internal.learnings
 WHERE (?::text IS NULL OR search @@ websearch_to_tsquery('english', ?) OR title ILIKE '%' || ? || '%')
 ORDER BY created_at DESC, id DESC
 LIMIT ? OFFSET ?
