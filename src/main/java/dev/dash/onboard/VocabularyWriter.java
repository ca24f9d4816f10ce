package dev.dash.onboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.files.QueryFileParser.ParsedQuery;
import dev.dash.language.WordList;
import dev.dash.language.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drafts the vocabulary: each table's name as a word to add synonyms to, each low-cardinality text column as a
 * dimension with its values, each numeric column as a metric with its unit, and the time grains when the data has
 * dates. A name made only of generic words ("name", "total") or shared by two dimensions is prefixed with its table
 * ("genre_name"), and a lookup table's name is a synonym of its one named column. The user's validated queries add the
 * metrics and breakdowns they name ({@link QueryTerms}). Terms whose id another business file already defines are left
 * out, as the loader refuses two entries of one id.
 */
final class VocabularyWriter {

    private static final Set<String> GENERIC = WordList.load("language/generic-column-words.txt");

    private final TableNames names;
    private final Set<String> taken;
    private final Map<String, VocabularyDraft.Term> terms = new LinkedHashMap<>();

    /** {@code taken}: the slugs of terms other business files define. */
    VocabularyWriter(TableNames names, Set<String> taken) {
        this.names = names;
        this.taken = taken;
    }

    VocabularyDraft draft(List<TableProfile> profiles, Map<String, Map<String, ColumnRole>> roles,
            List<ParsedQuery> queries, ObjectMapper json) {
        profiles.forEach(p -> add(new VocabularyDraft.Term(names.of(p.table()), "word", null, null, List.of())));
        Map<String, Integer> dimensionNames = new HashMap<>();
        each(profiles, roles, ColumnRole.DIMENSION, (p, c) -> dimensionNames.merge(c.name(), 1, Integer::sum));
        Map<String, List<String>> valueDimensions = new LinkedHashMap<>();
        each(profiles, roles, ColumnRole.DIMENSION, (p, column) -> {
            boolean qualify = generic(column.name()) || dimensionNames.get(column.name()) > 1;
            String term = qualify ? p.table().name() + "_" + column.name() : column.name();
            add(new VocabularyDraft.Term(term, "dimension", null, null,
                    p.table().onlyNames(column.name()) ? List.of(p.table().name().replace('_', ' ')) : List.of()));
            p.facts(column.name()).values().forEach(v -> valueDimensions.computeIfAbsent(v, k -> new ArrayList<>())
                    .add(term));
        });
        each(profiles, roles, null, (p, column) -> {
            ColumnRole role = roles.get(key(p)).get(column.name());
            if (role.measure()) {
                String term = generic(column.name()) ? p.table().name() + "_" + column.name() : column.name();
                add(new VocabularyDraft.Term(term, "metric", null, role.unit().json(), List.of()));
            }
        });
        boolean dated = roles.values().stream().anyMatch(r -> r.containsValue(ColumnRole.DATE));
        if (dated) {
            grains(json).forEach(this::add);
        }
        Set<String> moneyColumns = new HashSet<>();
        each(profiles, roles, ColumnRole.MONEY, (p, column) -> moneyColumns.addAll(Words.of(column.name())));
        QueryTerms.of(queries, moneyColumns).forEach(this::addNamed);
        // A value of several dimensions (a country of customers and of invoices) names the first; values of one
        // kind of thing are one kind to the reader whichever column holds them.
        valueDimensions.forEach((value, dimensions) -> add(new VocabularyDraft.Term(value, "value",
                dimensions.getFirst(), null, List.of())));
        return new VocabularyDraft(DraftFiles.MARKER, List.copyOf(terms.values()));
    }

    static String key(TableProfile profile) {
        return profile.table().schema() + "." + profile.table().name();
    }

    private void add(VocabularyDraft.Term term) {
        String slug = KnowledgeEntry.slug(term.term());
        if (!slug.isEmpty() && !taken.contains(slug) && !Words.of(term.term()).isEmpty()) {
            terms.putIfAbsent(slug, term);
        }
    }

    /**
     * A term the user's queries name: nothing new when a drafted term has it as a synonym ("genre" of genre_name), a
     * synonym of the dimension its column is drafted as, else a term of its own that takes the place of a table's bare
     * word, and of nothing else.
     */
    private void addNamed(QueryTerms.Named named) {
        String slug = KnowledgeEntry.slug(named.term().term());
        VocabularyDraft.Term drafted = terms.get(slug);
        VocabularyDraft.Term renamed = named.column() == null ? null : terms.get(KnowledgeEntry.slug(named.column()));
        String words = named.term().term().replace('_', ' ');
        if (terms.values().stream().anyMatch(t -> !t.kind().equals("word") && t.synonyms().contains(words))) {
            return;
        }
        if (renamed != null && renamed.kind().equals("dimension") && drafted == null) {
            List<String> synonyms = new ArrayList<>(renamed.synonyms());
            synonyms.add(words);
            terms.put(KnowledgeEntry.slug(renamed.term()), new VocabularyDraft.Term(renamed.term(), renamed.kind(),
                    renamed.dimension(), renamed.unit(), List.copyOf(synonyms)));
        } else if (drafted != null && drafted.kind().equals("word")) {
            terms.put(slug, named.term());
        } else {
            add(named.term());
        }
    }

    private interface ColumnVisitor {
        void visit(TableProfile profile, TableShape.Column column);
    }

    private static void each(List<TableProfile> profiles, Map<String, Map<String, ColumnRole>> roles, ColumnRole role,
            ColumnVisitor visitor) {
        for (TableProfile profile : profiles) {
            for (TableShape.Column column : profile.table().columns()) {
                if (role == null || roles.get(key(profile)).get(column.name()) == role) {
                    visitor.visit(profile, column);
                }
            }
        }
    }

    private static boolean generic(String column) {
        return GENERIC.containsAll(Words.of(column));
    }

    private static List<VocabularyDraft.Term> grains(ObjectMapper json) {
        try (InputStream in = VocabularyWriter.class.getClassLoader().getResourceAsStream("onboard/grains.json")) {
            return json.readerFor(VocabularyDraft.class).<VocabularyDraft>readValue(in).vocabulary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
