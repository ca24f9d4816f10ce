package dev.dash.agent;

import static dev.dash.agent.AskRequests.ask;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.ShippedKnowledge;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a model: the clarifying question costs no model call, and the chosen meaning reaches the Analyst, spelled out,
 * so the run that answers the original question runs the query of that meaning; a later question is not asked again.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class ClarifiedAnalystTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String QUESTION = "What was our revenue from healthcare customers in 2025?";
    private static final String COLLECTED = "SELECT round(sum(i.amount), 2) AS collected FROM invoices i "
            + "JOIN customers c ON c.id = i.customer_id WHERE i.status = 'paid' AND c.industry = 'healthcare' "
            + "AND i.issued_at >= '2025-01-01' AND i.issued_at < '2026-01-01'";

    @Inject
    ShippedKnowledge shipped;

    @BeforeEach
    void load() {
        shipped.ensureLoaded();
    }

    @Test
    void theChosenMeaningReachesTheAnalystAndTheSessionIsNotAskedAgain() {
        MODEL.script();
        JsonPath asked = ask("bob", null, QUESTION);
        assertThat(asked.getString("status")).isEqualTo("needs_clarification");
        assertThat(asked.getList("trace.model_calls")).isEmpty();
        assertThat(MODEL.requests()).isEmpty();
        String session = asked.getString("session_id");

        MODEL.script(tool("run_sql_query", "query", COLLECTED), text("Healthcare customers paid $1 in 2025."));
        JsonPath answered = ask("bob", session, "Collected");

        assertThat(answered.getString("status")).isEqualTo("completed");
        assertThat(answered.getString("route")).isEqualTo("analyst");
        assertThat(answered.getList("sql", String.class).getLast()).startsWith(COLLECTED);
        assertThat(new BigDecimal(answered.getString("result.rows[0][0]"))).isPositive();
        assertThat(MODEL.request(0)).contains("collected revenue (paid invoices) from healthcare customers in 2025")
                .contains("By \\\"revenue\\\" the user means Collected: Cash collected");

        MODEL.script(text("Retail paid less."));
        JsonPath later = ask("bob", session, "And what was the revenue from retail customers in 2025?");
        assertThat(later.getString("status")).isEqualTo("completed");
        assertThat(MODEL.request(0)).contains("By \\\"revenue\\\" the user means Collected");
    }
}
