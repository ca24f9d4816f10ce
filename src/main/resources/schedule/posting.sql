-- The claimer is about to do what must not happen twice: from here on the slot is never run again by anyone.
-- Updates nothing when the claim was lost (its lease ran out and another replica took the slot).
UPDATE dash_internal.schedule_slots
SET status = 'posting'
WHERE job = ? AND slot = ? AND replica = ? AND status = 'running'
