-- Slack event ids already taken, so a retry (or the same event at another replica) is ignored.
CREATE TABLE dash_internal.slack_events (
    event_id    text PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX slack_events_received_idx ON dash_internal.slack_events (received_at);

-- One row per scheduled job and slot (its scheduled fire time): the replica that inserts it runs the slot. A claim
-- whose lease ran out while still running belonged to a replica that stopped; another replica may take it over.
CREATE TABLE dash_internal.schedule_slots (
    job         text NOT NULL,
    slot        timestamptz NOT NULL,
    status      text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    replica     text NOT NULL,
    attempts    integer NOT NULL DEFAULT 1,
    claimed_at  timestamptz NOT NULL DEFAULT now(),
    lease_until timestamptz NOT NULL,
    finished_at timestamptz,
    detail      text,
    PRIMARY KEY (job, slot)
);
CREATE INDEX schedule_slots_running_idx ON dash_internal.schedule_slots (lease_until) WHERE status = 'running';
