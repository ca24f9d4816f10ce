-- Slots of these jobs whose replica stopped while posting (lease over): the post may or may not be out. They are
-- marked failed with the reason, never run again.
UPDATE dash_internal.schedule_slots
SET status = 'failed', finished_at = now(), detail = ?
WHERE status = 'posting' AND lease_until < now() AND job = ANY (?)
RETURNING job, slot
