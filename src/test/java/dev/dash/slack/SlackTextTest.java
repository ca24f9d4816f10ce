package dev.dash.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.QueryResult;
import dev.dash.run.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown answers become Slack mrkdwn: headline first, tables as code blocks, links and bold in Slack's syntax. */
class SlackTextTest {

    private static final QueryResult BY_PLAN = new QueryResult(
            List.of(new QueryResult.Column("plan", "text", Unit.TEXT), new QueryResult.Column("mrr", "numeric",
                    Unit.CURRENCY)),
            List.of(List.of("pro", 1200), List.of("free", 0)), 2, false);

    @Test
    void boldLinksAndHeadingsUseSlackSyntax() {
        String text = SlackText.of("## MRR\n**MRR** is up; see [the page](https://dash.example.com/r/1).", null, 15);

        assertThat(text).isEqualTo("*MRR*\n*MRR* is up; see <https://dash.example.com/r/1|the page>.");
    }

    @Test
    void aMarkdownTableBecomesAnAlignedCodeBlockAndTheResultIsNotRepeated() {
        String text = SlackText.of("""
                MRR by plan, highest first.

                | Plan | MRR |
                | --- | ---: |
                | pro | $1,200.00 |
                | free | $0.00 |""", BY_PLAN, 15);

        assertThat(text).isEqualTo("""
                MRR by plan, highest first.

                ```
                Plan        MRR
                pro   $1,200.00
                free      $0.00
                ```""");
    }

    @Test
    void aSmallResultIsAppendedAsACodeBlockUnderTheHeadlineAndALargeOneIsNot() {
        assertThat(SlackText.of("Pro leads.", BY_PLAN, 15)).isEqualTo("""
                Pro leads.
                ```
                Plan        MRR
                pro   $1,200.00
                free      $0.00
                ```""");
        assertThat(SlackText.of("Pro leads.", BY_PLAN, 1)).isEqualTo("Pro leads.");
    }

    @Test
    void aLongAnswerIsCutWithoutLeavingACodeBlockOpen() {
        String text = SlackText.of("Start\n```\n" + "row\n".repeat(2000) + "```", null, 15);

        assertThat(text.length()).isLessThan(4000);
        assertThat(text.split("```", -1).length % 2).isEqualTo(1);
        assertThat(text).endsWith("_(answer cut; ask for less detail or use the web page)_");
    }
}
