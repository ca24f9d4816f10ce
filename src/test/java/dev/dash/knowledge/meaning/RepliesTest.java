package dev.dash.knowledge.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.knowledge.files.BusinessFile.AmbiguousTerm;
import dev.dash.knowledge.files.BusinessFile.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a reply to a clarifying question is read: the option it picks, and whether to keep the choice for good. */
class RepliesTest {

    private static final AmbiguousTerm REVENUE = new AmbiguousTerm("revenue", "Which revenue do you mean?", List.of(),
            List.of(new Option("mrr", "MRR", "recurring", "monthly recurring revenue"),
                    new Option("invoiced", "Invoiced", "billed", "invoiced revenue"),
                    new Option("collected", "Collected", "paid", "collected revenue")));
    private static final AmbiguousTerm LAST_YEAR = new AmbiguousTerm("last year", "Which period?", List.of(),
            List.of(new Option("calendar", "Previous calendar year", "2024", "the previous calendar year"),
                    new Option("trailing", "Last 12 months", "2025", "the last 12 months")));

    @Test
    void aReplyPicksByNumberLabelOrIdWithFillerAround() {
        assertThat(picked(REVENUE, "2")).isEqualTo("invoiced");
        assertThat(picked(REVENUE, "option 3, please")).isEqualTo("collected");
        assertThat(picked(REVENUE, "I mean collected revenue")).isEqualTo("collected");
        assertThat(picked(REVENUE, "MRR, always")).isEqualTo("mrr");
        assertThat(picked(LAST_YEAR, "last 12 months")).isEqualTo("trailing");
        assertThat(picked(LAST_YEAR, "the previous calendar year")).isEqualTo("calendar");
    }

    @Test
    void aReplyThatSaysMoreThanAnOptionPicksNothing() {
        assertThat(Replies.picked(REVENUE, "What's our churn rate?")).isEmpty();
        assertThat(Replies.picked(REVENUE, "4")).isEmpty();
        assertThat(Replies.picked(REVENUE, "MRR by plan")).isEmpty();
    }

    @Test
    void alwaysOrRememberKeepsTheChoice() {
        assertThat(Replies.remember("Collected, always")).isTrue();
        assertThat(Replies.remember("MRR - remember that")).isTrue();
        assertThat(Replies.remember("MRR from now on")).isTrue();
        assertThat(Replies.remember("MRR")).isFalse();
    }

    private static String picked(AmbiguousTerm term, String reply) {
        return Replies.picked(term, reply).map(Option::id).orElse("nothing");
    }
}
