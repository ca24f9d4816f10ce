package dev.dash.knowledge.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.db.ClusterLock;
import dev.dash.format.Units;
import dev.dash.knowledge.KnowledgeConfig;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.KnowledgeRepository;
import dev.dash.retrieval.Audience;
import dev.dash.retrieval.DataTerms;
import dev.dash.retrieval.VectorIndex;
import dev.dash.run.Origin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads the knowledge folder into the store, by content hash: new entries are added, changed ones re-embedded,
 * unchanged ones left alone, and entries whose files are gone removed. Run-time knowledge is never touched.
 */
@ApplicationScoped
public class KnowledgeLoader {

    private static final Logger LOG = Logger.getLogger(KnowledgeLoader.class);

    private final KnowledgeRepository repository;
    private final VectorIndex index;
    private final KnowledgeFiles files;
    private final KnowledgeConfig config;
    private final DataTerms terms;
    private final Event<KnowledgeLoaded> loaded;
    private final Units units;
    private final ClusterLock lock;

    public KnowledgeLoader(KnowledgeRepository repository, VectorIndex index, ObjectMapper json, KnowledgeConfig config,
            DataTerms terms, Event<KnowledgeLoaded> loaded, Units units, ClusterLock lock) {
        this.loaded = loaded;
        this.units = units;
        this.lock = lock;
        this.repository = repository;
        this.index = index;
        this.files = new KnowledgeFiles(json);
        this.config = config;
        this.terms = terms;
    }

    /** What a load did. */
    public record LoadReport(int added, int updated, int unchanged, int removed, long ms) {
        @Override
        public String toString() {
            return "%d added, %d updated, %d unchanged, %d removed in %d ms".formatted(added, updated, unchanged,
                    removed, ms);
        }
    }

    public LoadReport load(boolean recreate) {
        return load(Path.of(config.dir()), recreate);
    }

    /** Replicas sharing the database load one at a time: the second finds everything unchanged. */
    public synchronized LoadReport load(Path dir, boolean recreate) {
        return lock.holding("dash.knowledge.load", () -> loadLocked(dir, recreate));
    }

    private LoadReport loadLocked(Path dir, boolean recreate) {
        long start = System.nanoTime();
        List<KnowledgeEntry> entries = files.read(dir);
        Map<String, String> stored = repository.hashes(KnowledgeEntry.FILE);
        int removed = 0;
        if (recreate) {
            removed = forget(stored.keySet());
            stored = Map.of();
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (KnowledgeEntry entry : entries) {
            if (!seen.add(entry.id())) {
                throw new IllegalArgumentException("Two knowledge entries share the id " + entry.id()
                        + " (" + entry.source() + "): names must be unique");
            }
            String hash = stored.get(entry.id());
            if (repository.hashFor(entry).equals(hash)) {
                unchanged++;
                continue;
            }
            repository.upsert(entry, Origin.none());
            index.put(entry.id(), entry.kind(), entry.embeddingTexts(), Audience.EVERYONE);
            if (hash == null) {
                added++;
            } else {
                updated++;
            }
        }
        if (!recreate) {
            Set<String> gone = new HashSet<>(stored.keySet());
            gone.removeAll(seen);
            removed = forget(gone);
        }
        terms.refresh();
        loaded.fire(new KnowledgeLoaded(dir));
        units.refresh();
        var report = new LoadReport(added, updated, unchanged, removed, (System.nanoTime() - start) / 1_000_000);
        LOG.infof("Knowledge loaded from %s: %s", dir, report);
        return report;
    }

    private int forget(Set<String> ids) {
        index.remove(ids);
        return repository.delete(ids);
    }
}
