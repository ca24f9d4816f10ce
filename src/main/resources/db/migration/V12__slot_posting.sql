-- A slot whose one-off effect (a report's Slack post) has begun is 'posting': a replica that stops then leaves it
-- there, and no other replica runs it again, since the post may already be out. The recovery sweep marks it failed.
ALTER TABLE dash_internal.schedule_slots DROP CONSTRAINT schedule_slots_status_check;
ALTER TABLE dash_internal.schedule_slots
    ADD CONSTRAINT schedule_slots_status_check CHECK (status IN ('running', 'posting', 'done', 'failed'));
