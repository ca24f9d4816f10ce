package dev.dash.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

    @Test
    void numbersAreReadWithSeparatorsSuffixesAndRounding() {
        AnswerText text = new AnswerText("Current MRR is **$260,303.04** (about $260.3k); CSAT 3.1 of 5; 4.7% churn.");

        assertThat(text.states(260303.04, 0.01)).isTrue();
        assertThat(text.states(260350, 0)).as("260.3k rounds 260,350").isFalse();
        assertThat(text.states(260321, 0)).as("260.3k is 260,321 rounded").isTrue();
        assertThat(text.states(3.12, 0)).as("3.1 is 3.12 rounded").isTrue();
        assertThat(text.states(4.71, 0)).isTrue();
        assertThat(text.states(3.3, 0.01)).isFalse();
        assertThat(text.states(5.6, 0)).isFalse();
    }

    @Test
    void aWrongFigureDoesNotPassAsRounded() {
        AnswerText text = new AnswerText("We have 320 churned customers.");

        assertThat(text.states(322, 0)).isFalse();
        assertThat(text.states(322, 0.01)).isTrue();
    }

    @Test
    void namesMatchAsWholeWordsWithUnderscoresAsSpaces() {
        AnswerText text = new AnswerText("Most customers come from the US; the top reason is too expensive. Won’t.");

        assertThat(text.mentions("US")).isTrue();
        assertThat(text.mentions("too_expensive")).isTrue();
        assertThat(text.mentions("won't")).isTrue();
        assertThat(new AnswerText("Our customers are happy").mentions("US")).isFalse();
    }
}
