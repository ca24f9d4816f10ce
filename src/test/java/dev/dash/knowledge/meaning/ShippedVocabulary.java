package dev.dash.knowledge.meaning;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.KnowledgeEntry;
import dev.dash.knowledge.files.KnowledgeFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shipped knowledge folder's lexicon, validated queries and their signatures, with the sample data's enumerated
 * values.
 */
public final class ShippedVocabulary {

    static final Path DIR = Path.of("knowledge");
    /** What DataTerms reads from the sample data's low-cardinality text columns. */
    static final Map<String, Set<String>> VALUES = Map.ofEntries(
            Map.entry("plan", Set.of("starter", "professional", "business", "enterprise")),
            Map.entry("previous_plan", Set.of("starter", "professional", "business", "enterprise")),
            Map.entry("new_plan", Set.of("starter", "professional", "business", "enterprise")),
            Map.entry("industry", Set.of("technology", "healthcare", "finance", "retail", "education")),
            Map.entry("company_size", Set.of("startup", "smb", "mid_market", "enterprise")),
            Map.entry("source", Set.of("organic", "referral", "paid", "partner")),
            Map.entry("billing_cycle", Set.of("monthly", "annual")),
            Map.entry("status", Set.of("active", "churned", "trial", "cancelled", "upgraded", "downgraded", "paid",
                    "pending", "failed", "refunded", "open", "in_progress", "resolved", "closed")),
            Map.entry("cancellation_reason", Set.of("too_expensive", "switched_competitor", "no_longer_needed",
                    "missing_features", "poor_support", "budget_cuts")),
            Map.entry("priority", Set.of("low", "medium", "high", "critical")),
            Map.entry("category", Set.of("billing", "technical", "feature_request", "onboarding")),
            Map.entry("change_type", Set.of("upgrade", "downgrade", "cancellation")),
            Map.entry("country", Set.of("US", "GB", "DE", "CA", "AU", "FR", "IN", "SE", "NL", "JP")),
            Map.entry("currency", Set.of("USD")));

    private static final KnowledgeFiles FILES = new KnowledgeFiles(new ObjectMapper());

    private ShippedVocabulary() {
    }

    public static Lexicon lexicon() {
        return Vocabulary.of(FILES.tables(DIR), FILES.business(DIR), VALUES);
    }

    static List<KnowledgeEntry> queries() {
        return FILES.read(DIR).stream().filter(e -> e.kind().equals("query")).toList();
    }

    /** The signature of every shipped validated query, by name, as this lexicon reads it. */
    static Map<String, Signature> signatures(Lexicon lexicon) {
        return queries().stream().collect(Collectors.toMap(KnowledgeEntry::name,
                q -> Signatures.of(q.name(), q.content(), q.questions(), q.sql(), lexicon)));
    }

    static List<KnowledgeEntry> entries() {
        return FILES.read(DIR);
    }
}
