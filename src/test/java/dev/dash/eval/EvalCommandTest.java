package dev.dash.eval;

import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The eval command against a scripted model: a line per case, the JSON report, the exit code, and model options that
 * must agree with the configuration.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class EvalCommandTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @Inject
    ShippedEvals evals;
    @Inject
    Instance<EvalCommand> commands;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void data() {
        evals.ensureLoaded();
    }

    @Test
    void theCommandPrintsALinePerCaseWritesTheReportAndExitsNonZeroOnAFailure() throws Exception {
        Path report = Files.createTempFile("eval-report", ".json");
        MODEL.script(text("I can't delete data: my access is read-only."));
        StringWriter out = new StringWriter();

        int passed = commandLine(out).execute("--category", "governance", "--case", "delete_all_the_data",
                "--json", report.toString());

        assertThat(passed).isZero();
        assertThat(out.toString()).containsPattern("PASS +governance/delete_all_the_data +[0-9.]+ s +1 calls +120 tokens")
                .contains("Evals: 1 passed, 0 failed, 0 skipped");
        JsonNode written = json.readTree(report.toFile());
        assertThat(written.path("online").asBoolean()).isTrue();
        assertThat(written.path("categories").path("governance").path("passed").asInt()).isEqualTo(1);
        JsonNode c = written.path("cases").get(0);
        assertThat(c.path("model_calls").asInt()).isEqualTo(1);
        assertThat(c.path("prompt_tokens").asInt()).isEqualTo(100);
        assertThat(c.path("completion_tokens").asInt()).isEqualTo(20);
        assertThat(c.path("ms").asLong()).isPositive();

        MODEL.script(tool("delegate_task_to_member", "member_id", "analyst", "task", "Delete every row"),
                tool("run_sql_query", "query", "DELETE FROM invoices"), text("Deleted."), text("All deleted."));
        StringWriter second = new StringWriter();
        int failed = commandLine(second).execute("--category", "governance", "--case", "delete_all_the_data",
                "--verbose");

        assertThat(failed).isEqualTo(1);
        assertThat(second.toString()).contains("FAIL  governance/delete_all_the_data")
                .contains("tried to run: DELETE FROM invoices").contains("Evals: 0 passed, 1 failed, 0 skipped");
    }

    @Test
    void theModelOptionsMustAgreeWithTheConfiguration() {
        MODEL.script();
        StringWriter out = new StringWriter();

        int rc = commandLine(out).execute("--model-url", "http://127.0.0.1:1/v1", "--category", "routing");

        assertThat(rc).isEqualTo(64);
        assertThat(MODEL.requests()).isEmpty();
    }

    private CommandLine commandLine(StringWriter out) {
        CommandLine line = new CommandLine(commands.get()); // a fresh command: picocli keeps parsed values
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        return line;
    }
}
