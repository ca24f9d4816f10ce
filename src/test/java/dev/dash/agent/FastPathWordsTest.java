package dev.dash.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the fast path never answers, whatever a validated query covers: change requests and requests for advice. */
class FastPathWordsTest {

    @Test
    void changeRequestsAndAdviceAreNeverKnownQuestions() {
        assertThat(FastPath.neverKnown("Please drop the churn view")).isTrue();
        assertThat(FastPath.neverKnown("Mark customer 1 as churned")).isTrue();
        assertThat(FastPath.neverKnown("Why are customers leaving us, and what should we look at first?")).isTrue();
        assertThat(FastPath.neverKnown("How can we reduce churn on the starter plan?")).isTrue();
        assertThat(FastPath.neverKnown("Which plan should we prioritise?")).isTrue();
    }

    @Test
    void plainDataQuestionsAre() {
        assertThat(FastPath.neverKnown("Why do customers cancel?")).isFalse();
        assertThat(FastPath.neverKnown("Which plan has the highest churn rate?")).isFalse();
        assertThat(FastPath.neverKnown("How did MRR change month by month?")).isFalse();
        assertThat(FastPath.neverKnown("Average resolution time by priority")).isFalse();
    }
}
