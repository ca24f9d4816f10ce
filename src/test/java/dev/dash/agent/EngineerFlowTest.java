package dev.dash.agent;

import static dev.dash.agent.AskRequests.ask;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engineer end to end against a scripted model: it builds a view in the dash schema and records it as knowledge,
 * and drops or replaces a view only after the user confirmed in the same session.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class EngineerFlowTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @Test
    void theEngineerBuildsAViewAndRecordsIt() {
        String view = "CREATE VIEW dash.fx_pro_customers AS SELECT id, name, mrr FROM public.fx_customers WHERE plan = 'pro'";
        Fixture.execute("DROP VIEW IF EXISTS dash.fx_pro_customers");
        MODEL.script(tool("run_sql_query", "query", view),
                tool("update_knowledge", "title", "dash.fx_pro_customers", "content", "Pro customers: id, name, mrr"),
                text("Created dash.fx_pro_customers."));

        JsonPath run = ask("alice", null, "Create a view of the pro fx customers");

        assertThat(run.getString("route")).isEqualTo("engineer");
        assertThat(run.getList("trace.model_calls.agent")).containsOnly("engineer");
        assertThat(MODEL.request(0)).contains("You are the Engineer").contains("\"update_knowledge\"")
                .doesNotContain("\"save_validated_query\"");
        assertThat(Fixture.scalar("SELECT count(*) FROM dash.fx_pro_customers")).isEqualTo(2L);
        assertThat(Fixture.scalar("SELECT content FROM dash_internal.knowledge WHERE name = 'dash.fx_pro_customers'"))
                .isEqualTo("Pro customers: id, name, mrr");
    }

    @Test
    void theEngineerDropsOnlyAfterTheUserConfirmedInTheSameSession() {
        Fixture.execute("CREATE OR REPLACE VIEW dash.fx_old AS SELECT 1 AS one");
        Fixture.execute("ALTER VIEW dash.fx_old OWNER TO dash_engineer");
        madeBy("dash.fx_old", "alice");
        MODEL.script(tool("run_sql_query", "query", "DROP VIEW dash.fx_old"), text("Please confirm."));

        JsonPath refused = ask("alice", null, "Drop the view dash.fx_old");
        String session = refused.getString("session_id");

        assertThat(refused.getString("route")).isEqualTo("engineer");
        assertThat(refused.getBoolean("trace.tool_calls[0].ok")).isFalse();
        assertThat(MODEL.request(1)).contains("Refused").contains("yes, drop dash.fx_old");
        assertThat(Fixture.scalar("SELECT count(*) FROM pg_views WHERE viewname = 'fx_old'")).isEqualTo(1L);

        MODEL.script(tool("run_sql_query", "query", "DROP VIEW dash.fx_old"), text("Dropped."));
        JsonPath confirmed = ask("alice", session, "yes, drop dash.fx_old");

        assertThat(confirmed.getString("route")).isEqualTo("engineer");
        assertThat(confirmed.getBoolean("trace.tool_calls[0].ok")).isTrue();
        assertThat(Fixture.scalar("SELECT count(*) FROM pg_views WHERE viewname = 'fx_old'")).isEqualTo(0L);
    }

    @Test
    void theEngineerReplacesAnExistingViewOnlyAfterTheUserConfirmed() {
        Fixture.execute("CREATE OR REPLACE VIEW dash.fx_kept AS SELECT 1 AS one");
        Fixture.execute("ALTER VIEW dash.fx_kept OWNER TO dash_engineer");
        madeBy("dash.fx_kept", "alice");
        String replace = "CREATE OR REPLACE VIEW dash.fx_kept AS SELECT 1 AS one, 2 AS two";
        MODEL.script(tool("run_sql_query", "query", replace), text("Please confirm."));

        JsonPath refused = ask("alice", null, "Add a column two to the view dash.fx_kept");
        String session = refused.getString("session_id");

        assertThat(refused.getBoolean("trace.tool_calls[0].ok")).isFalse();
        assertThat(MODEL.request(1)).contains("Refused: replacing dash.fx_kept").contains("yes, replace dash.fx_kept");
        assertThat(Fixture.scalar("SELECT count(*) FROM information_schema.columns WHERE table_name = 'fx_kept'"))
                .isEqualTo(1L);

        MODEL.script(tool("run_sql_query", "query", replace), text("Replaced."));
        JsonPath confirmed = ask("alice", session, "yes, replace dash.fx_kept");

        assertThat(confirmed.getBoolean("trace.tool_calls[0].ok")).isTrue();
        assertThat(Fixture.scalar("SELECT count(*) FROM information_schema.columns WHERE table_name = 'fx_kept'"))
                .isEqualTo(2L);
        Fixture.execute("DROP VIEW dash.fx_kept");
    }

    /** Records a view made outside a run as this user's, as the Engineer records what it builds. */
    private static void madeBy(String view, String user) {
        Fixture.execute("INSERT INTO dash_internal.engineer_objects (name, kind, user_id, session_id, run_id) VALUES ('"
                + view + "', 'view', '" + user + "', 'fixture', gen_random_uuid()) "
                + "ON CONFLICT (name) DO UPDATE SET user_id = excluded.user_id");
    }
}
