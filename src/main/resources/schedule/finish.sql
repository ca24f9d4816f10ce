UPDATE dash_internal.schedule_slots
SET status = ?, finished_at = now(), detail = ?
WHERE job = ? AND slot = ? AND replica = ?
