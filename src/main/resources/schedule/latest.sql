-- The latest slot of each job: what it ran for, how it ended, and why when it failed.
SELECT DISTINCT ON (job) job, slot, status, detail, finished_at
FROM dash_internal.schedule_slots
WHERE job = ANY (?)
ORDER BY job, slot DESC
