package dev.dash.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;
import dev.dash.knowledge.meaning.KnownQuestions;
import dev.dash.retrieval.ContextPack;
import dev.dash.retrieval.Retriever;
import dev.dash.retrieval.Viewer;
import dev.dash.testsupport.ShippedKnowledge;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class RetrievalTest {

    @Inject
    Retriever retriever;
    @Inject
    KnownQuestions known;
    @Inject
    ShippedKnowledge knowledge;

    @BeforeEach
    void load() {
        knowledge.ensureLoaded();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "how much monthly recurring revenue do we have today | query:current_mrr",
        "which plan loses the most customers | query:churn_rate_by_plan",
        "why do customers cancel | query:cancellation_reasons",
        "how happy are customers with support | query:csat_by_category",
        "which accounts might leave us soon | query:customers_at_risk",
        "what columns does the invoices table have | table:invoices"
    })
    void findsTheEntryThatAnswersAParaphrase(String question, String expected) {
        String kind = expected.substring(0, expected.indexOf(':'));
        var top3 = retriever.rank(question, java.util.List.of(kind), Viewer.SHARED).stream().limit(3)
                .map(Retriever.Ranked::ref);
        assertThat(top3).contains(expected);
    }

    @Test
    void packsAFewEntriesOfEachKindCitingTheirSourceWithinTheBudget() {
        ContextPack pack = retriever.retrieve("What is our MRR by plan?", Viewer.SHARED);
        assertThat(pack.entries()).extracting(ContextPack.Entry::ref).contains("query:mrr_by_plan", "table:subscriptions");
        assertThat(pack.entries().stream().filter(e -> e.kind().equals("query")).count()).isLessThanOrEqualTo(3);
        String prompt = pack.prompt();
        assertThat(prompt).contains("[query:mrr_by_plan]", "### Validated queries", "### Tables");
        int tokens = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE).countTokens(prompt);
        assertThat(tokens).as("the whole semantic model is not pasted").isLessThan(6000);
    }

    @Test
    void matchesKnownQuestionsButNotOnesThatNameAnotherDimension() {
        var mrr = known.match("What's our current MRR?").orElseThrow();
        assertThat(mrr.name()).isEqualTo("current_mrr");
        assertThat(mrr.explainsEveryTerm()).isTrue();
        assertThat(mrr.score()).isGreaterThan(0.8);

        var byCountry = known.match("What is our MRR by country?").orElseThrow();
        assertThat(byCountry.explainsEveryTerm()).isFalse();
        assertThat(byCountry.unexplainedTerms()).contains("country");

        assertThat(known.answers("Cancellation reasons, switching to a competitor included"))
                .as("a value of the column the query breaks down by explains the word").extracting(m -> m.name())
                .startsWith("cancellation_reasons");
        assertThat(known.answers("How many customers left because a competitor won them over?"))
                .as("one reason asked for: the table of all would head the answer with another").isEmpty();
        assertThat(known.answers("How much MRR comes from competitor customers?")).as("no query breaks MRR down so")
                .isEmpty();
    }

    @Test
    void offersTheClosestAnswerableQuestions() {
        assertThat(known.closest("tell me about churn")).hasSize(3);
    }
}
