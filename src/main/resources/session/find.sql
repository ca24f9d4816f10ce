-- One session of the user's (after session.sql).
WHERE s.id = ? AND s.user_id = ? AND s.via = ANY (?)
