package dev.dash.run;

/** The interface a run came in through: what the run may reach (Slack's tools, for one) follows from it. */
public enum Via {
    /** Our HTTP API and the page: {@code /api/ask}. */
    API,
    /** The AgentOS protocol: agent-ui and the control plane. */
    AGENTOS,
    /** A Slack mention or thread reply. */
    SLACK,
    /** A scheduled report. */
    REPORT,
    /** An evaluation run in process. */
    EVAL,
    /** An MCP client (a desktop assistant, an IDE) through {@code /mcp}. */
    MCP
}
