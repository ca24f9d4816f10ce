package dev.dash.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The case files of {@code evals/}: one {@code <category>.json} per category, in a fixed order. */
@ApplicationScoped
public class EvalSuite {

    public static final List<String> CATEGORIES =
            List.of("accuracy", "routing", "security", "governance", "boundaries", "clarification", "smoke");

    private final ObjectMapper json;

    public EvalSuite(ObjectMapper json) {
        this.json = json;
    }

    /** The categories' files found in the folder, checked: every case has an id, a question and a unique id. */
    public List<EvalFile> load(Path dir) {
        List<EvalFile> files = new ArrayList<>();
        for (String category : CATEGORIES) {
            Path path = dir.resolve(category + ".json");
            if (Files.exists(path)) {
                files.add(read(path, category));
            }
        }
        try (Stream<Path> others = Files.list(dir)) {
            others.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .filter(n -> !CATEGORIES.contains(n.substring(0, n.length() - 5))).findFirst()
                    .ifPresent(n -> {
                        throw new IllegalArgumentException(dir.resolve(n) + " is not a category (" + CATEGORIES + ")");
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private EvalFile read(Path path, String category) {
        EvalFile file;
        try {
            // A misspelt field would silently drop a check: unknown fields are errors here.
            file = json.readerFor(EvalFile.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(path.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
        if (!category.equals(file.category())) {
            throw new IllegalArgumentException(path + " says category " + file.category());
        }
        Set<String> ids = new HashSet<>();
        for (EvalCase c : file.cases()) {
            if (c.id() == null || c.question() == null || c.question().isBlank()) {
                throw new IllegalArgumentException(path + ": every case needs an id and a question");
            }
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException(path + ": duplicate case id " + c.id());
            }
        }
        return file;
    }
}
