-- Any word of the question may match (OR), ranked by cover density.
WITH q AS (SELECT replace(plainto_tsquery('english', ?)::text, '&', '|') AS words)
SELECT k.id, ts_rank_cd(k.search, to_tsquery('english', q.words)) AS rank
  FROM dash_internal.knowledge k, q
 WHERE q.words <> '' AND k.search @@ to_tsquery('english', q.words)
 ORDER BY rank DESC
 LIMIT ?
