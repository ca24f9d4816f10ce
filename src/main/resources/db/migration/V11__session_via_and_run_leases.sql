-- Through which interface a session was opened: the web APIs (api, agentos) reach only theirs, Slack and reports theirs.
-- Sessions from before this version are classified by the shape of their id.
ALTER TABLE dash_internal.sessions ADD COLUMN via text;
UPDATE dash_internal.sessions SET via = CASE
    WHEN id ~ '^[A-Z0-9]+:[0-9]+\.[0-9]+$' THEN 'slack'
    WHEN id LIKE 'report:%' THEN 'report'
    WHEN id LIKE 'eval-%' THEN 'eval'
    ELSE 'api' END;
ALTER TABLE dash_internal.sessions
    ALTER COLUMN via SET NOT NULL,
    ADD CONSTRAINT sessions_via_check CHECK (via IN ('api', 'agentos', 'slack', 'report', 'eval'));

-- A run is stored when it starts (status running, no route yet) by the replica that runs it.
ALTER TABLE dash_internal.runs
    ALTER COLUMN route DROP NOT NULL,
    ADD COLUMN replica text;
CREATE INDEX runs_running_idx ON dash_internal.runs (replica) WHERE status = 'running';

-- Every serving process, with the last time it said it is alive. A running run whose replica has not been seen for
-- longer than the lease belonged to a process that stopped: it is marked interrupted.
CREATE TABLE dash_internal.replicas (
    id         text PRIMARY KEY,
    started_at timestamptz NOT NULL DEFAULT now(),
    seen_at    timestamptz NOT NULL DEFAULT now()
);
