package dev.dash.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.agent.tools.SlackWorkspace;
import dev.dash.testsupport.FakeSlack;
import dev.dash.testsupport.FakeSlackResource;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack's workspace actions against the local Slack (who may use them: SlackToolAccessTest), and without a token. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
@WithTestResource(FakeSlackResource.class)
class SlackToolsTest {

    private static final FakeSlack SLACK = FakeSlack.get();

    @BeforeEach
    void reset() {
        SLACK.reset();
    }

    @Test
    void channelsThreadsAndUsersAreReadThroughTheSdk() {
        SlackActions actions = new SlackActions(new SlackClient(settings(Optional.of("xoxb-test"))));

        assertThat(actions.channels().text()).contains("#metrics (id C100, Dash is a member)")
                .contains("#random (id C200)");
        assertThat(actions.thread("C100", "1800000000.000001").text())
                .contains("U1: How is MRR doing?").contains("B1: MRR is up 3%.");
        assertThat(actions.user("U1").text()).isEqualTo("alice (Alice Example), id U1, time zone Europe/Berlin");
        assertThat(actions.reply("C100", "1800000000.000001", "Thanks").ok()).isTrue();
        assertThat(SLACK.calls("chat.postMessage").getFirst().param("thread_ts")).isEqualTo("1800000000.000001");
    }

    @Test
    void withoutATokenNothingIsCalledAndTheAnswerPointsToTheSetupGuide() {
        SlackActions actions = new SlackActions(new SlackClient(settings(Optional.empty())));

        SlackWorkspace.Result result = actions.post("#metrics", "hello");

        assertThat(result.ok()).isFalse();
        assertThat(result.text()).contains("Slack is not connected").contains("SLACK_TOKEN")
                .contains("docs/SLACK_CONNECT.md");
        assertThat(actions.channels().ok()).isFalse();
        assertThat(SLACK.calls()).isEmpty();
    }

    private static SlackSettings settings(Optional<String> token) {
        return new SlackSettings() {
            @Override
            public Optional<String> token() {
                return token;
            }

            @Override
            public Optional<String> signingSecret() {
                return Optional.empty();
            }

            @Override
            public String apiUrl() {
                return SLACK.apiUrl();
            }

            @Override
            public int maxRequestAgeSeconds() {
                return 300;
            }

            @Override
            public int maxTableRows() {
                return 15;
            }

            @Override
            public Set<String> scopes() {
                return Set.of("teams:dash:run");
            }

            @Override
            public String setupGuide() {
                return "docs/SLACK_CONNECT.md";
            }
        };
    }
}
