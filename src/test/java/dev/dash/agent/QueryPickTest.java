package dev.dash.agent;

import static dev.dash.testsupport.ScriptedModel.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.ShippedKnowledge;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Online, a known question that is close but not certain costs one short model call that picks a validated query
 * (or none) instead of a full SQL-writing run. No answer is certain here: the zero-model threshold is out of reach.
 */
@QuarkusTest
@TestProfile(QueryPickTest.NeverCertain.class)
@WithTestResource(ScriptedModelResource.class)
class QueryPickTest {

    public static class NeverCertain implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dash.agent.fast-path-threshold", "1.01", "dash.agent.pick-threshold", "0");
        }
    }

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final Pattern FIRST_OPTION = Pattern.compile("\\n1\\. ([a-z_]+):");

    @Inject
    ShippedKnowledge shipped;

    @BeforeEach
    void knowledge() {
        shipped.ensureLoaded();
    }

    @Test
    void aPickedQueryAnswersAfterOneShortCall() {
        MODEL.script(text("1"));

        JsonPath run = AskRequests.ask("alice", null, "What is MRR by plan?");

        assertThat(MODEL.requests()).hasSize(1);
        String request = MODEL.request(0);
        assertThat(request).contains("Pick the option").contains("What is MRR by plan?").contains("mrr_by_plan");
        Matcher first = FIRST_OPTION.matcher(request.replace("\\n", "\n"));
        assertThat(first.find()).isTrue();
        assertThat(run.getString("route")).isEqualTo("fast_path");
        assertThat(run.getString("validated_query")).isEqualTo(first.group(1)).isEqualTo("mrr_by_plan");
        assertThat(run.getList("trace.model_calls.agent")).containsExactly("query_picker");
        assertThat(run.getList("trace.tool_calls.name")).containsExactly("pick_validated_query");
        assertThat(run.getString("trace.tool_calls[0].summary")).isEqualTo("picked mrr_by_plan");
        assertThat(run.getList("result.columns.unit")).contains("currency", "percent");
    }

    @Test
    void pickingNoneFallsBackToAFullRun() {
        MODEL.script(text("none"), text("I would need to write a query for that."));

        JsonPath run = AskRequests.ask("alice", null, "What is MRR by plan?");

        assertThat(run.getString("route")).isNotEqualTo("fast_path");
        assertThat(run.getString("validated_query")).isNull();
        assertThat(run.getList("trace.model_calls.agent")).first().isEqualTo("query_picker");
        assertThat(run.getList("trace.model_calls")).hasSize(2);
        assertThat(run.getString("trace.tool_calls[0].summary")).isEqualTo("picked none");
    }

    @Test
    void aQuestionNoSignatureCoversNeverReachesThePicker() {
        MODEL.script(text("I would need to write a query for that."));

        JsonPath run = AskRequests.ask("alice", null, "What is MRR by country?");

        assertThat(run.getList("trace.model_calls.agent")).doesNotContain("query_picker");
        assertThat(run.getString("validated_query")).isNull();
    }
}
