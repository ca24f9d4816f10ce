package dev.dash.knowledge.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What kind of message a question is, read with meaning/english.yaml. */
class QuestionKindsTest {

    @Test
    void changeRequestsAndAdviceAreNeverKnownQuestions() {
        assertThat(QuestionKinds.neverKnown("Please drop the churn view")).isTrue();
        assertThat(QuestionKinds.neverKnown("Mark customer 1 as churned")).isTrue();
        assertThat(QuestionKinds.neverKnown("Why are customers leaving us, and what should we look at first?")).isTrue();
        assertThat(QuestionKinds.neverKnown("How can we reduce churn on the starter plan?")).isTrue();
        assertThat(QuestionKinds.neverKnown("Which plan should we prioritise?")).isTrue();
    }

    @Test
    void plainDataQuestionsAre() {
        assertThat(QuestionKinds.neverKnown("Why do customers cancel?")).isFalse();
        assertThat(QuestionKinds.neverKnown("Which plan has the highest churn rate?")).isFalse();
        assertThat(QuestionKinds.neverKnown("How did MRR change month by month?")).isFalse();
        assertThat(QuestionKinds.neverKnown("Average resolution time by priority")).isFalse();
    }

    @Test
    void aQuestionThatPointsBackNeedsTheConversation() {
        assertThat(QuestionKinds.refersBack("And how much MRR does that plan bring in?")).isTrue();
        assertThat(QuestionKinds.refersBack("What about the enterprise plan?")).isTrue();
        assertThat(QuestionKinds.refersBack("That is our churn rate by plan")).isFalse();
        assertThat(QuestionKinds.refersBack("What is our churn rate by plan?")).isFalse();
    }

    @Test
    void theKindsTheRouterAsksFor() {
        assertThat(QuestionKinds.social("Hi there!")).isTrue();
        assertThat(QuestionKinds.social("What can you do?")).isTrue();
        assertThat(QuestionKinds.buildRequest("Create a view of monthly MRR by plan")).isTrue();
        assertThat(QuestionKinds.buildRequest("How many tables do we have?")).isFalse();
        assertThat(QuestionKinds.multiPart("What is MRR? And what is churn?")).isTrue();
        assertThat(QuestionKinds.opensAsDataQuestion("How many customers churned last month")).isTrue();
        assertThat(QuestionKinds.opensAsDataQuestion("Tell me a joke")).isFalse();
    }

    @Test
    void theLanguageFileNamesEveryKeyItIsReadBy() {
        assertThatThrownBy(() -> English.load("meaning/english-without-social.yaml"))
                .hasMessageContaining("meaning/english.yaml has no social");
        assertThat(English.get().filler).contains("on").doesNotContain("true");
    }
}
