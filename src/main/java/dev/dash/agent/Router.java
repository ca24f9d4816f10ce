package dev.dash.agent;

import dev.dash.db.SqlResource;
import dev.dash.knowledge.meaning.QuestionKinds;
import dev.dash.knowledge.meaning.Vocabulary;
import dev.dash.retrieval.Embedder;
import dev.dash.run.Route;
import dev.dash.session.DropConfirmations;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Picks who answers without asking a model: the kind of message (the meaning package's {@link QuestionKinds}) for the
 * clear cases, then the nearest labelled example by embedding similarity. Sends a question to a member only when
 * sure; greetings, capability, multi-part and unclear questions go to the leader.
 */
@ApplicationScoped
public class Router {

    static final double MIN_SIMILARITY = 0.5;
    static final double SURE_ENGINEER = 0.6;

    private final Embedder embedder;
    private final List<Example> examples;
    private final Predicate<String> namesData;

    @Inject
    public Router(Embedder embedder, Vocabulary vocabulary) {
        this(embedder, q -> vocabulary.read(q).asksForData());
    }

    /** With the test that tells a plain data question: it names a metric, dimension or value the knowledge defines. */
    Router(Embedder embedder, Predicate<String> namesData) {
        this.embedder = embedder;
        this.namesData = namesData;
        var labelled = SqlResource.read("agent/routing-examples.txt").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\|", 2))
                .toList();
        var vectors = embedder.passages(labelled.stream().map(p -> p[1].strip()).toList());
        examples = new ArrayList<>();
        for (int i = 0; i < labelled.size(); i++) {
            examples.add(new Example(Route.valueOf(labelled.get(i)[0].strip().toUpperCase(Locale.ROOT)), vectors.get(i)));
        }
    }

    public Route route(String question) {
        String q = question.strip();
        if (QuestionKinds.social(q)) {
            return Route.LEADER;
        }
        if (DropConfirmations.confirms(q)) {
            return Route.ENGINEER;
        }
        if (QuestionKinds.multiPart(q)) {
            return Route.LEADER;
        }
        if (QuestionKinds.buildRequest(q)) {
            return Route.ENGINEER;
        }
        Embedding vector = embedder.passages(List.of(q)).getFirst();
        Example nearest = examples.stream()
                .max(Comparator.comparingDouble(e -> CosineSimilarity.between(vector, e.vector()))).orElseThrow();
        double score = CosineSimilarity.between(vector, nearest.vector());
        if (score >= MIN_SIMILARITY) {
            if (nearest.route() == Route.ENGINEER) {
                // No build verb matched above: a question that names the data's metrics or dimensions is a question.
                return namesData.test(q) ? Route.ANALYST : score < SURE_ENGINEER ? Route.LEADER : Route.ENGINEER;
            }
            return nearest.route();
        }
        return QuestionKinds.opensAsDataQuestion(q) && q.split("\\s+").length >= 3 ? Route.ANALYST : Route.LEADER;
    }

    private record Example(Route route, Embedding vector) {
    }
}
