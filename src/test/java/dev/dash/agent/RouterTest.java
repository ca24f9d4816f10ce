package dev.dash.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.db.SqlResource;
import dev.dash.knowledge.meaning.ShippedVocabulary;
import dev.dash.retrieval.embedding.onnx.InProcessEmbedders;
import dev.dash.run.Route;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Measures the router on a labelled set it was not built from. */
class RouterTest {

    private static final double MIN_ACCURACY = 0.9;

    private static final Router router = new Router(InProcessEmbedders.named(InProcessEmbedders.MINILM),
            q -> ShippedVocabulary.lexicon().read(q).asksForData());

    private record Labelled(Route expected, String question) {
    }

    @Test
    void routesTheLabelledSetAccurately() {
        List<Labelled> set = SqlResource.read("routing-set.txt").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\|", 2))
                .map(p -> new Labelled(Route.valueOf(p[0].strip().toUpperCase(Locale.ROOT)), p[1].strip()))
                .toList();
        List<String> wrong = set.stream().filter(l -> router.route(l.question()) != l.expected())
                .map(l -> l.question() + " -> " + router.route(l.question()) + " (expected " + l.expected() + ")")
                .toList();

        double accuracy = 1 - (double) wrong.size() / set.size();
        assertThat(accuracy).as("accuracy; misrouted: %s", wrong).isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    @Test
    void neverSendsABuildRequestToTheAnalystNorADataQuestionToTheEngineer() {
        assertThat(router.route("Create a view of MRR by plan")).isEqualTo(Route.ENGINEER);
        assertThat(router.route("Which plan has the highest churn rate?")).isEqualTo(Route.ANALYST);
        assertThat(router.route("What tables do you have?")).isNotEqualTo(Route.ENGINEER);
        assertThat(router.route("Break current recurring revenue down by pricing tier"))
                .as("a plain data question in the business's words").isEqualTo(Route.ANALYST);
    }
}
