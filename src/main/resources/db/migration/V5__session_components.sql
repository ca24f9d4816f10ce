-- What a session talks to, as AgentOS lists sessions: the team (dash) or one agent (analyst, engineer).
ALTER TABLE dash_internal.sessions
    ADD COLUMN component_type text NOT NULL DEFAULT 'team',
    ADD COLUMN component_id   text NOT NULL DEFAULT 'dash';
CREATE INDEX sessions_user_component_idx
    ON dash_internal.sessions (user_id, component_type, component_id, updated_at DESC);
