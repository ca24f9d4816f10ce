-- Slots of these jobs whose replica stopped mid-run, recent enough to be worth running late.
SELECT job, slot FROM dash_internal.schedule_slots
WHERE status = 'running' AND lease_until < now() AND slot > now() - make_interval(secs => ?) AND job = ANY (?)
ORDER BY slot
