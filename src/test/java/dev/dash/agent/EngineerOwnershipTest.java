package dev.dash.agent;

import static dev.dash.agent.AskRequests.ask;
import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.SampleData;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Engineer's objects belong to whoever built them: recorded with user, session and run; another user cannot
 * replace, fill or drop them, even after confirming in their own session; and nothing in dash may shadow a company table.
 */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class EngineerOwnershipTest {

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String VIEW = "dash.fx_alice_pro";
    private static final String TABLE = "dash.fx_alice_totals";

    @Inject
    SampleData sampleData;

    @BeforeEach
    void data() {
        sampleData.ensureLoaded();
        Fixture.load();
        clean();
    }

    @AfterEach
    void clean() {
        Fixture.execute("DROP VIEW IF EXISTS " + VIEW + ", dash.subscriptions");
        Fixture.execute("DROP TABLE IF EXISTS " + TABLE + ", dash.fx_customers");
        Fixture.execute("DELETE FROM dash_internal.engineer_objects WHERE name LIKE 'dash.fx\\_%' "
                + "OR name = 'dash.subscriptions'");
    }

    @Test
    void whatTheEngineerBuildsRecordsWhoMadeIt() {
        JsonPath run = build("alice", null, "CREATE VIEW " + VIEW + " AS SELECT id FROM public.fx_customers");
        String session = run.getString("session_id");

        assertThat(run.getBoolean("trace.tool_calls[0].ok")).isTrue();
        assertThat(Fixture.scalar("SELECT user_id || ' ' || session_id || ' ' || run_id || ' ' || kind"
                + " FROM dash_internal.engineer_objects WHERE name = '" + VIEW + "' AND created_at > now() - interval '1 minute'"))
                .isEqualTo("alice " + session + " " + run.getString("run_id") + " view");
    }

    @Test
    void anotherUserCannotDropItEvenAfterConfirmingInTheirOwnSession() {
        build("alice", null, "CREATE VIEW " + VIEW + " AS SELECT id FROM public.fx_customers");
        MODEL.script(tool("run_sql_query", "query", "DROP VIEW " + VIEW), text("Dropped."));

        JsonPath refused = ask("bob", null, "yes, drop " + VIEW);

        assertThat(refused.getBoolean("trace.tool_calls[0].ok")).isFalse();
        assertThat(MODEL.request(1)).contains("built by another user");
        assertThat(Fixture.scalar("SELECT to_regclass('" + VIEW + "') IS NOT NULL")).isEqualTo(true);
    }

    @Test
    void anotherUserCannotReplaceItOrFillIt() {
        build("alice", null, "CREATE VIEW " + VIEW + " AS SELECT id FROM public.fx_customers");
        build("alice", null, "CREATE TABLE " + TABLE + " AS SELECT plan, count(*) AS n FROM public.fx_customers GROUP BY plan");
        MODEL.script(text("Noted."));
        // confirming in one's own session changes nothing
        String bobs = ask("bob", null, "yes, replace " + VIEW).getString("session_id");

        JsonPath replace = build("bob", bobs, "CREATE OR REPLACE VIEW " + VIEW + " AS SELECT id FROM public.fx_customers WHERE false");
        JsonPath insert = build("bob", bobs, "INSERT INTO " + TABLE + " SELECT 'fake', 1000");

        assertThat(replace.getBoolean("trace.tool_calls[0].ok")).isFalse();
        assertThat(insert.getBoolean("trace.tool_calls[0].ok")).isFalse();
        assertThat(Fixture.scalar("SELECT count(*) FROM " + VIEW)).isEqualTo(5L);
        assertThat(Fixture.scalar("SELECT count(*) FROM " + TABLE + " WHERE plan = 'fake'")).isEqualTo(0L);
    }

    @Test
    void theMakerStillConfirmsBeforeDroppingTheirOwn() {
        String session = build("alice", null, "CREATE VIEW " + VIEW + " AS SELECT id FROM public.fx_customers")
                .getString("session_id");

        JsonPath unconfirmed = build("alice", session, "DROP VIEW " + VIEW);
        assertThat(unconfirmed.getBoolean("trace.tool_calls[0].ok")).isFalse();

        MODEL.script(tool("run_sql_query", "query", "DROP VIEW " + VIEW), text("Dropped."));
        JsonPath dropped = ask("alice", session, "yes, drop " + VIEW);
        assertThat(dropped.getBoolean("trace.tool_calls[0].ok")).isTrue();
        assertThat(Fixture.scalar("SELECT count(*) FROM dash_internal.engineer_objects WHERE name = '" + VIEW + "'"))
                .isEqualTo(0L);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE VIEW dash.subscriptions AS SELECT * FROM public.subscriptions WHERE false",
        "CREATE OR REPLACE VIEW subscriptions AS SELECT * FROM public.subscriptions WHERE false",
        "CREATE TABLE dash.fx_customers AS SELECT * FROM public.fx_customers WHERE false",
    })
    void nothingInDashShadowsACompanyTable(String sql) {
        JsonPath run = build("alice", null, sql);

        assertThat(run.getBoolean("trace.tool_calls[0].ok")).isFalse();
        assertThat(MODEL.request(1)).contains("would hide the company table public.");
        assertThat(Fixture.scalar("SELECT count(*) FROM pg_class WHERE relnamespace = 'dash'::regnamespace"
                + " AND relname IN ('subscriptions', 'fx_customers')")).isEqualTo(0L);
    }

    /** One scripted Engineer run that tries this statement. */
    private static JsonPath build(String user, String session, String sql) {
        MODEL.script(tool("run_sql_query", "query", sql), text("Done."));
        JsonPath run = ask(user, session, "Build this table: " + sql);
        assertThat(run.getString("route")).isEqualTo("engineer");
        return run;
    }
}
