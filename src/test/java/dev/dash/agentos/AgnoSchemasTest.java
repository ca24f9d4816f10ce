package dev.dash.agentos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema check finds what agent-ui tripped on, so the AgentOS tests that use it would fail on it. */
class AgnoSchemasTest {

    private static final AgnoSchemas AGNO = AgnoSchemas.load();

    @Test
    void aRunAsAgnoDeclaresItConforms() throws Exception {
        assertThat(AGNO.violations("TeamRunSchema", json("""
                {"run_id": "r1", "team_id": "dash", "status": "COMPLETED", "run_input": "What is MRR?",
                 "content": "MRR is $1.", "metrics": {"duration": 0.01}, "tools": [],
                 "created_at": "2026-12-05T10:00:00Z"}"""), Set.of())).isEmpty();
    }

    @Test
    void theInputAsAnObjectAnEpochTimestampAndAnUndeclaredFieldAreEachFound() throws Exception {
        assertThat(AGNO.violations("TeamRunSchema", json("""
                {"run_id": "r1", "run_input": {"input_content": "What is MRR?"}, "created_at": 1764928800,
                 "session_id": "s1"}"""), Set.of()))
                .containsExactlyInAnyOrder("TeamRunSchema.run_input: not str ({\"input_content\":\"What is MRR?\"})",
                        "TeamRunSchema.created_at: not datetime (1764928800)",
                        "TeamRunSchema.session_id: not a field of TeamRunSchema");
    }

    @Test
    void requiredFieldsAndNestedListsAreChecked() throws Exception {
        assertThat(AGNO.violations("SessionPage", json("""
                {"data": [{"session_id": "s1", "created_at": "yesterday"}], "meta": {"page": 1}}"""), Set.of()))
                .containsExactlyInAnyOrder("SessionPage.data[0].session_name: required, missing",
                        "SessionPage.data[0].created_at: not datetime (\"yesterday\")");
        assertThat(AGNO.violations("RunSchema", json("{\"run_id\": \"r\", \"response\": {}}"), Set.of("response")))
                .isEmpty();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
