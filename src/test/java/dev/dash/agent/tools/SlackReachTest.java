package dev.dash.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.http.Scopes;
import dev.dash.run.Asker;
import dev.dash.run.SlackPlace;
import dev.dash.run.Via;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which Slack tools a run is offered and where they reach, by interface and scope. */
class SlackReachTest {

    private static final Set<String> RUN = Set.of("teams:dash:run");
    private static final SlackPlace THREAD = new SlackPlace("C1", "1800000000.000100");
    private static final SlackPlace REPORT_CHANNEL = SlackPlace.channel("C_REPORTS");

    @Test
    void runsFromTheWebAgentOsAndEvalsGetNoSlackToolEvenAsAdmin() {
        for (Via via : Set.of(Via.API, Via.AGENTOS, Via.EVAL)) {
            SlackReach reach = SlackReach.of(new Asker("alice", Set.of(Scopes.ADMIN), via, THREAD));
            assertThat(reach.tools()).isEmpty();
            assertThat(reach.refusesPost("C1", THREAD.threadTs())).isPresent();
        }
    }

    @Test
    void aSlackRunReachesItsOwnThreadOnly() {
        SlackReach reach = SlackReach.of(new Asker("U1", RUN, Via.SLACK, THREAD));

        assertThat(reach.tools()).containsExactly("send_message_thread", "get_thread");
        assertThat(reach.refusesPost("C1", THREAD.threadTs())).isEmpty();
        assertThat(reach.refusesPost("C1", null)).get().asString().contains("slack:write");
        assertThat(reach.refusesPost("C2", THREAD.threadTs())).isPresent();
        assertThat(reach.refusesRead("C1", THREAD.threadTs())).isEmpty();
        assertThat(reach.refusesRead("C1", "1700000000.000001")).get().asString().contains("slack:read");
        assertThat(reach.refusesWorkspace()).isPresent();
        assertThat(reach.channelOr(null)).isEqualTo("C1");
        assertThat(reach.threadOr(" ")).isEqualTo(THREAD.threadTs());
    }

    @Test
    void aReportRunPostsOnlyToItsChannel() {
        SlackReach reach = SlackReach.of(new Asker("report:weekly", RUN, Via.REPORT, REPORT_CHANNEL));

        assertThat(reach.tools()).containsExactly("send_message");
        assertThat(reach.refusesPost("C_REPORTS", null)).isEmpty();
        assertThat(reach.refusesPost("#general", null)).isPresent();
        assertThat(reach.refusesRead("C_REPORTS", "1800000000.000100")).isPresent();
    }

    @Test
    void scopesWidenTheReach() {
        SlackReach writer = SlackReach.of(new Asker("U1", Set.of("slack:write"), Via.SLACK, THREAD));
        SlackReach reader = SlackReach.of(new Asker("U1", Set.of("slack:read"), Via.SLACK, THREAD));

        assertThat(writer.tools()).containsExactlyInAnyOrder("send_message", "send_message_thread", "get_thread");
        assertThat(writer.refusesPost("#general", null)).isEmpty();
        assertThat(reader.tools()).containsExactlyInAnyOrder("send_message_thread", "get_thread", "list_channels",
                "get_user_info");
        assertThat(reader.refusesRead("C9", "1700000000.000001")).isEmpty();
        assertThat(reader.refusesPost("C9", null)).isPresent();
    }
}
