package dev.dash.cli;

import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.knowledge.files.QueryFileText;
import dev.dash.learning.Learning;
import dev.dash.learning.LearningRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export-knowledge [--dir DIR]}: writes what Dash learned at run time (saved queries, the Engineer's records,
 * learnings) as knowledge files a person can review and commit. Once committed and loaded, a saved query is curated
 * knowledge, approved for answers without a model.
 */
@Command(name = "export-knowledge", mixinStandardHelpOptions = true,
        description = "Write run-time knowledge (saved queries, dash views, learnings) as files to review and commit.")
public class ExportKnowledgeCommand implements Callable<Integer> {

    private static final int MAX_LEARNINGS = 1000;

    @Option(names = "--dir", defaultValue = "knowledge", description = "Knowledge folder (default: knowledge)")
    Path dir;

    private final KnowledgeRepository knowledge;
    private final LearningRepository learnings;

    public ExportKnowledgeCommand(KnowledgeRepository knowledge, LearningRepository learnings) {
        this.knowledge = knowledge;
        this.learnings = learnings;
    }

    @Override
    public Integer call() throws IOException {
        List<KnowledgeEntry> queries = runtime("query");
        List<KnowledgeEntry> views = runtime("view");
        List<Learning> lessons = learnings.list(null, MAX_LEARNINGS, 0).items();
        write(dir.resolve("queries/saved.sql"), queries.stream().map(ExportKnowledgeCommand::query).toList());
        write(dir.resolve("docs/dash-views.md"), views.isEmpty() ? List.of() : prepend("# Views in the dash schema",
                views.stream().map(v -> "## " + v.name() + "\n" + v.content() + "\n").toList()));
        write(dir.resolve("docs/learnings.md"), lessons.isEmpty() ? List.of() : prepend("# Learnings",
                lessons.stream().map(l -> "## " + l.title() + "\n" + l.promptText() + "\n").toList()));
        System.out.printf("Exported %d saved queries, %d views and %d learnings to %s%n", queries.size(),
                views.size(), lessons.size(), dir);
        return 0;
    }

    private List<KnowledgeEntry> runtime(String kind) {
        return knowledge.ofKind(kind).stream().filter(e -> KnowledgeEntry.RUNTIME.equals(e.origin())).toList();
    }

    private static String query(KnowledgeEntry q) {
        return QueryFileText.block(q.name(), q.content(), q.questions(), q.sql());
    }

    private static List<String> prepend(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first + "\n"), rest.stream()).toList();
    }

    private static void write(Path file, List<String> blocks) throws IOException {
        if (blocks.isEmpty()) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", blocks));
    }
}
