-- Remembers an event id; a row comes back only the first time. Ids older than a day are forgotten on the way.
WITH forget AS (
    DELETE FROM dash_internal.slack_events WHERE received_at < now() - interval '1 day'
)
INSERT INTO dash_internal.slack_events (event_id) VALUES (?)
ON CONFLICT (event_id) DO NOTHING
RETURNING event_id
