package dev.dash.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.auth.ScopeRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AgentOS's scope grammar and the endpoint table. */
class ScopesTest {

    private final ScopeRules rules = new ScopeRules();

    @Test
    void globalWildcardAndPerResourceScopesGrantAsAgentOsDoes() {
        assertThat(Scopes.grants(List.of("agents:run"), "agents:analyst:run")).isTrue();
        assertThat(Scopes.grants(List.of("agents:*:run"), "agents:analyst:run")).isTrue();
        assertThat(Scopes.grants(List.of("agents:analyst:run"), "agents:analyst:run")).isTrue();
        assertThat(Scopes.grants(List.of("agents:engineer:run"), "agents:analyst:run")).isFalse();
        assertThat(Scopes.grants(List.of("agents:read"), "agents:analyst:run")).isFalse();
        assertThat(Scopes.grants(List.of("teams:run"), "agents:analyst:run")).isFalse();
        assertThat(Scopes.grants(List.of("agents:analyst:read"), "agents:read")).isFalse();
        assertThat(Scopes.grants(List.of("agents:analyst:read"), "agents:?:read")).isTrue();
        assertThat(Scopes.grants(List.of("system:read"), "config:read")).isTrue();
        assertThat(Scopes.grants(List.of("agent_os:admin"), "knowledge:delete")).isTrue();
        assertThat(Scopes.grants(List.of("nonsense", "a:b:c:d"), "sessions:read")).isFalse();
        assertThat(Scopes.grants(List.of(), "sessions:read")).isFalse();
    }

    @Test
    void eachEndpointNeedsItsScope() {
        assertThat(rules.required("GET", "/health")).isEqualTo(ScopeRules.OPEN);
        assertThat(rules.required("POST", "/slack/events")).isEqualTo(ScopeRules.OPEN);
        assertThat(rules.required("GET", "/")).isEqualTo(ScopeRules.OPEN);
        assertThat(rules.required("GET", "/config")).isEqualTo("config:read");
        assertThat(rules.required("GET", "/agents")).isEqualTo("agents:?:read");
        assertThat(rules.required("GET", "/agents/analyst")).isEqualTo("agents:analyst:read");
        assertThat(rules.required("POST", "/teams/dash/runs")).isEqualTo("teams:dash:run");
        assertThat(rules.required("GET", "/sessions/abc/runs")).isEqualTo("sessions:read");
        assertThat(rules.required("POST", "/sessions/abc/rename")).isEqualTo("sessions:write");
        assertThat(rules.required("DELETE", "/sessions/abc")).isEqualTo("sessions:delete");
        assertThat(rules.required("POST", "/api/ask/stream")).isEqualTo("teams:dash:run");
        assertThat(rules.required("DELETE", "/api/knowledge/q1")).isEqualTo("knowledge:delete");
        assertThat(rules.required("POST", "/api/knowledge/q1/approve")).isEqualTo("knowledge:write");
        assertThat(rules.required("DELETE", "/api/learnings/7")).isEqualTo("learnings:delete");
        assertThat(rules.required("POST", "/api/learnings/7/approve")).isEqualTo("knowledge:write");
        assertThat(rules.required("POST", "/knowledge/reload")).isEqualTo("knowledge:write");
        assertThat(rules.required("GET", "/healthz")).isEqualTo(ScopeRules.NONE);
        assertThat(rules.required("GET", "/api/whatever")).isEqualTo(ScopeRules.NONE);
    }
}
