package dev.dash.testsupport;

import dev.dash.knowledge.files.KnowledgeLoader;
import jakarta.enterprise.context.ApplicationScoped;

/** The knowledge/ folder in the test database; loading again is cheap because unchanged entries are skipped. */
@ApplicationScoped
public class ShippedKnowledge {

    private final KnowledgeLoader loader;
    private final SampleData data;

    public ShippedKnowledge(KnowledgeLoader loader, SampleData data) {
        this.loader = loader;
        this.data = data;
    }

    public void ensureLoaded() {
        data.ensureLoaded();
        loader.load(false);
    }
}
