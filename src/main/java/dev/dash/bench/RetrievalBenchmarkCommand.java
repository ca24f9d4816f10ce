package dev.dash.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.knowledge.files.KnowledgeLoader;
import dev.dash.retrieval.Embedder;
import dev.dash.retrieval.Retriever;
import dev.dash.retrieval.Viewer;
import dev.dash.retrieval.embedding.EmbedderProducer;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-retrieval}: recall@1/@3 and latency of the retriever on a set of paraphrased questions, and the
 * two in-process embedding models compared on the same set.
 */
@Command(name = "benchmark-retrieval", mixinStandardHelpOptions = true,
        description = "Measure retrieval recall and latency on evals/retrieval/questions.json.")
public class RetrievalBenchmarkCommand implements Callable<Integer> {

    /** One benchmark case: expected is kind:name, or "none" for a question no validated query answers (skipped here). */
    @RegisterForReflection
    public record Case(String question, String expected) {
    }

    @Option(names = "--questions", defaultValue = "evals/retrieval/questions.json")
    Path questions;

    @Option(names = "--skip-model-comparison",
            description = "Skip comparing both embedding models (vector similarity only, in memory).")
    boolean skipModelComparison;

    private final Retriever retriever;
    private final KnowledgeLoader loader;
    private final KnowledgeRepository repository;
    private final ObjectMapper json;

    private final EmbedderProducer embedders;

    public RetrievalBenchmarkCommand(Retriever retriever, KnowledgeLoader loader, KnowledgeRepository repository,
            ObjectMapper json, EmbedderProducer embedders) {
        this.embedders = embedders;
        this.retriever = retriever;
        this.loader = loader;
        this.repository = repository;
        this.json = json;
    }

    @Override
    public Integer call() throws IOException {
        List<Case> cases = json.readValue(questions.toFile(), new TypeReference<>() { });
        System.out.println("Knowledge: " + loader.load(false));
        List<Case> answerable = cases.stream().filter(c -> !"none".equals(c.expected())).toList();
        for (int i = 0; i < 5; i++) {
            // Not the measured text itself: the embedder remembers recent texts, and this is to warm the code up.
            retriever.rank("Warm-up: " + answerable.get(i).question(), List.of("query"), Viewer.SHARED);
        }
        int top1 = 0;
        int top3 = 0;
        long[] nanos = new long[answerable.size()];
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < answerable.size(); i++) {
            Case c = answerable.get(i);
            String kind = c.expected().substring(0, c.expected().indexOf(':'));
            long start = System.nanoTime();
            var ranked = retriever.rank(c.question(), List.of(kind), Viewer.SHARED);
            nanos[i] = System.nanoTime() - start;
            int position = position(ranked.stream().map(Retriever.Ranked::ref).toList(), c.expected());
            top1 += position == 0 ? 1 : 0;
            top3 += position >= 0 && position < 3 ? 1 : 0;
            if (position < 0 || position >= 3) {
                misses.add("  miss: \"" + c.question() + "\" expected " + c.expected() + ", got "
                        + ranked.stream().limit(3).map(Retriever.Ranked::ref).toList());
            }
        }
        Arrays.sort(nanos);
        System.out.printf("Retriever (hybrid, pgvector + full text): %d questions, recall@1 %.1f%%, recall@3 %.1f%%, "
                + "p50 %.2f ms, p99 %.2f ms%n", answerable.size(), 100.0 * top1 / answerable.size(),
                100.0 * top3 / answerable.size(), nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6);
        misses.forEach(System.out::println);
        fullTextOnly(answerable);
        if (!skipModelComparison) {
            for (String model : embedders.available()) {
                try {
                    compare(embedders.named(model), model, answerable);
                } catch (IllegalStateException e) {
                    System.out.printf("Model %-18s not measured: %s%n", model, e.getMessage());
                }
            }
        }
        return 0;
    }

    /** Recall of the full-text half alone: what retrieval would find with no embedding model at all. */
    private void fullTextOnly(List<Case> cases) {
        int top1 = 0;
        int top3 = 0;
        for (Case c : cases) {
            String kind = c.expected().substring(0, c.expected().indexOf(':'));
            List<String> ranked = repository.textSearch(c.question(), 200, Viewer.SHARED).entrySet().stream()
                    .filter(e -> e.getKey().startsWith(kind + ":"))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
            int position = position(ranked, c.expected());
            top1 += position == 0 ? 1 : 0;
            top3 += position >= 0 && position < 3 ? 1 : 0;
        }
        System.out.printf("Full text only (no embedding model): recall@1 %.1f%%, recall@3 %.1f%%%n",
                100.0 * top1 / cases.size(), 100.0 * top3 / cases.size());
    }

    private void compare(Embedder embedder, String model, List<Case> cases) {
        List<KnowledgeEntry> entries = Stream.of("query", "table").flatMap(k -> repository.ofKind(k).stream()).toList();
        Map<KnowledgeEntry, List<Embedding>> vectors = new java.util.HashMap<>();
        for (KnowledgeEntry e : entries) {
            vectors.put(e, embedder.passages(e.embeddingTexts()));
        }
        int top1 = 0;
        int top3 = 0;
        long[] nanos = new long[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            long start = System.nanoTime();
            Embedding q = embedder.query(c.question());
            nanos[i] = System.nanoTime() - start;
            String kind = c.expected().substring(0, c.expected().indexOf(':'));
            List<String> ranked = entries.stream().filter(e -> e.kind().equals(kind))
                    .sorted(Comparator.comparingDouble((KnowledgeEntry e) -> -best(q, vectors.get(e))))
                    .map(KnowledgeEntry::id).toList();
            int position = position(ranked, c.expected());
            top1 += position == 0 ? 1 : 0;
            top3 += position >= 0 && position < 3 ? 1 : 0;
        }
        Arrays.sort(nanos);
        System.out.printf("Model %-18s (vector only): recall@1 %.1f%%, recall@3 %.1f%%, embed p50 %.2f ms%n", model,
                100.0 * top1 / cases.size(), 100.0 * top3 / cases.size(), nanos[nanos.length / 2] / 1e6);
    }

    private static double best(Embedding q, List<Embedding> vectors) {
        return vectors.stream().mapToDouble(v -> CosineSimilarity.between(q, v)).max().orElse(-1);
    }

    private static int position(List<String> refs, String expected) {
        return refs.indexOf(expected);
    }
}
