-- Claims a slot: inserts it, or takes over a running claim whose lease ran out (its replica stopped mid-run).
-- Returns one row only to the replica that got it.
INSERT INTO dash_internal.schedule_slots AS s (job, slot, status, replica, lease_until)
VALUES (?, ?, 'running', ?, now() + make_interval(secs => ?))
ON CONFLICT (job, slot) DO UPDATE
    SET replica = excluded.replica, attempts = s.attempts + 1, claimed_at = now(), lease_until = excluded.lease_until
    WHERE s.status = 'running' AND s.lease_until < now()
RETURNING s.attempts
