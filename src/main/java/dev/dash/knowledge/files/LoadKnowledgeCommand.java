package dev.dash.knowledge.files;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code load-knowledge [--recreate]}: upserts the knowledge folder into the store and prints what changed. */
@Command(name = "load-knowledge", mixinStandardHelpOptions = true,
        description = "Load knowledge/ into the store: unchanged entries are kept, removed files are removed.")
public class LoadKnowledgeCommand implements Callable<Integer> {

    @Option(names = "--recreate", description = "Drop every file-loaded entry and load all again.")
    boolean recreate;

    private final KnowledgeLoader loader;

    public LoadKnowledgeCommand(KnowledgeLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        try {
            System.out.println("Knowledge: " + loader.load(recreate));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("Knowledge not loaded: " + e.getMessage());
            return 1;
        }
    }
}
