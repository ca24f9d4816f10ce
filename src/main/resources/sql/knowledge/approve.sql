-- A person approves (or withdraws) a validated query, or anything a run wrote; who and when are kept.
UPDATE dash_internal.knowledge
   SET approved = ?, approved_by = CASE WHEN ? THEN ? END, approved_at = CASE WHEN ? THEN now() END, updated_at = now()
 WHERE id = ? AND (kind = 'query' OR origin = 'runtime')
