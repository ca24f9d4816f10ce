package dev.dash.knowledge;

import static dev.dash.db.Jdbc.query;
import static dev.dash.db.Jdbc.strings;
import static dev.dash.db.Jdbc.update;

import dev.dash.db.SqlResource;
import dev.dash.retrieval.RetrievalConfig;
import dev.dash.retrieval.Viewer;
import dev.dash.run.Origin;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Knowledge entries in dash_internal.knowledge, through the service's own login. */
@ApplicationScoped
public class KnowledgeRepository {

    private static final String COLUMNS = "id, kind, origin, source, name, content, questions, sql, tables, approved";
    private static final String REVIEW_COLUMNS = COLUMNS
            + ", user_id, session_id, run_id, approved_by, approved_at, created_at, updated_at";

    private final AgroalDataSource db;
    private final String upsert = SqlResource.read("sql/knowledge/upsert.sql");
    private final String textSearch = SqlResource.read("sql/knowledge/text-search.sql");
    private final String list = SqlResource.read("sql/knowledge/list.sql");
    private final String approve = SqlResource.read("sql/knowledge/approve.sql");

    private final String embeddingModel;

    public KnowledgeRepository(AgroalDataSource db, RetrievalConfig config) {
        this.db = db;
        this.embeddingModel = config.embeddingModel();
    }

    /** The stored hash names the embedding model too, so switching models re-embeds every entry on the next load. */
    public String hashFor(KnowledgeEntry e) {
        return e.contentHash() + "/" + embeddingModel;
    }

    /** A page of entries for people to review. */
    public record Page(List<EntryForReview> items, long total) {
    }

    /**
     * Stores the entry as written by a run ({@code origin}) or a file ({@link Origin#none()}). A run's entry does not
     * replace a file-loaded one, another user's, or an approved one: then nothing is written and this is false.
     */
    public boolean upsert(KnowledgeEntry e, Origin origin) {
        return update(db, upsert, Arrays.asList(e.id(), e.kind(), e.origin(), e.source(), e.name(), e.content(),
                e.questions(), e.sql(), e.tables(), e.approved(), hashFor(e), origin.userId(), origin.sessionId(),
                origin.runId() == null ? null : origin.runId().toString(), e.searchText())) == 1;
    }

    /** id → content hash of the entries of one origin. */
    public Map<String, String> hashes(String origin) {
        Map<String, String> hashes = new HashMap<>();
        query(db, "SELECT id, content_hash FROM dash_internal.knowledge WHERE origin = ?", List.of(origin),
                rs -> hashes.put(rs.getString(1), rs.getString(2)));
        return hashes;
    }

    /** Entries in the order of the ids given; unknown ids are skipped. */
    public List<KnowledgeEntry> byIds(Collection<String> ids) {
        Map<String, KnowledgeEntry> found = new HashMap<>();
        query(db, "SELECT " + COLUMNS + " FROM dash_internal.knowledge WHERE id = ANY (?)", List.of(ids),
                rs -> found.put(rs.getString("id"), entry(rs)));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public Optional<KnowledgeEntry> byId(String id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    public List<KnowledgeEntry> ofKind(String kind) {
        List<KnowledgeEntry> entries = new ArrayList<>();
        query(db, "SELECT " + COLUMNS + " FROM dash_internal.knowledge WHERE kind = ? ORDER BY name", List.of(kind),
                rs -> entries.add(entry(rs)));
        return entries;
    }

    /** The validated queries every user's runs trust: those from the knowledge files and those a person approved. */
    public List<KnowledgeEntry> approvedQueries() {
        return ofKind("query").stream().filter(KnowledgeEntry::approved).toList();
    }

    /** An entry with who wrote and who approved it. */
    public Optional<EntryForReview> review(String id) {
        List<EntryForReview> found = new ArrayList<>();
        query(db, "SELECT " + REVIEW_COLUMNS + " FROM dash_internal.knowledge WHERE id = ?", List.of(id),
                rs -> found.add(review(rs)));
        return found.stream().findFirst();
    }

    /** Full-text matches of any word of the text among the entries the viewer may see: id → rank, best first. */
    public Map<String, Double> textSearch(String text, int limit, Viewer viewer) {
        Map<String, Double> ranks = new LinkedHashMap<>();
        query(db, textSearch, Arrays.asList(text, viewer.userId(), viewer.userId(), limit),
                rs -> ranks.put(rs.getString(1), rs.getDouble(2)));
        return ranks;
    }

    public Page list(String kind, String search, int limit, int offset) {
        List<EntryForReview> items = new ArrayList<>();
        long[] total = {0};
        query(db, list, Arrays.asList(kind, kind, search, search, search, limit, offset), rs -> {
            items.add(review(rs));
            total[0] = rs.getLong("total");
        });
        return new Page(items, total[0]);
    }

    public int delete(Collection<String> ids) {
        return ids.isEmpty() ? 0 : update(db, "DELETE FROM dash_internal.knowledge WHERE id = ANY (?)", List.of(ids));
    }

    /**
     * A person approves a validated query or an entry a run wrote ({@code approved} false withdraws it); false when
     * there is no such entry.
     */
    boolean approve(String id, boolean approved, String by) {
        return update(db, approve, Arrays.asList(approved, approved, by, approved, id)) == 1;
    }

    private static KnowledgeEntry entry(ResultSet rs) throws SQLException {
        return new KnowledgeEntry(rs.getString("id"), rs.getString("kind"), rs.getString("origin"),
                rs.getString("source"), rs.getString("name"), rs.getString("content"), strings(rs.getArray("questions")),
                rs.getString("sql"), strings(rs.getArray("tables")), rs.getBoolean("approved"));
    }

    private static EntryForReview review(ResultSet rs) throws SQLException {
        return new EntryForReview(entry(rs), rs.getString("user_id"), rs.getString("session_id"),
                rs.getString("run_id"), rs.getString("approved_by"), rs.getObject("approved_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
