package dev.dash.agent;

import static dev.dash.agent.AskRequests.ask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import dev.dash.testsupport.TestKnowledge;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A question an approved validated query answers is answered from it on the fast path, with no model call. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class FastPathTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @Inject
    TestKnowledge knowledge;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void anApprovedValidatedQueryAnswersWithZeroModelCalls() {
        knowledge.validatedQuery("fx_newest_signup", "Date of the newest fx customer signup",
                "When did the newest fx customer sign up?",
                "SELECT max(signup_date) AS newest_signup FROM fx_customers", List.of("fx_customers"));
        MODEL.script();
        try {
            JsonPath run = ask("alice", null, "When did the newest fx customer sign up?");

            assertThat(run.getString("route")).isEqualTo("fast_path");
            assertThat(run.getString("validated_query")).isEqualTo("fx_newest_signup");
            assertThat(run.getString("answer")).contains("Date of the newest fx customer signup")
                    .contains("Newest signup is **Feb 28, 2025**.");
            assertThat(run.getList("trace.model_calls")).isEmpty();
            assertThat(MODEL.requests()).isEmpty();
        } finally {
            knowledge.remove("fx_newest_signup");
        }
    }
}
