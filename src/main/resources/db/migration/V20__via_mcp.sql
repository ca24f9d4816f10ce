-- Sessions and runs opened by MCP clients through /mcp.
ALTER TABLE dash_internal.sessions
    DROP CONSTRAINT sessions_via_check,
    ADD CONSTRAINT sessions_via_check CHECK (via IN ('api', 'agentos', 'slack', 'report', 'eval', 'mcp'));
