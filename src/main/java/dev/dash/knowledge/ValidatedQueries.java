package dev.dash.knowledge;

import dev.dash.retrieval.Audience;
import dev.dash.retrieval.VectorIndex;
import dev.dash.run.Origin;
import dev.dash.sql.SqlGuard;
import dev.dash.sql.SqlOutcome;
import dev.dash.sql.SqlRejected;
import dev.dash.sql.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps queries that worked, for the next question like it. Only a single read-only SELECT/WITH that just ran
 * successfully as dash_analyst is stored; it serves the model as an example at once in the saving user's runs, and
 * in everyone's, and answers without a model, only after a person approves it.
 */
@ApplicationScoped
public class ValidatedQueries {

    private final SqlRunner sql;
    private final KnowledgeRepository repository;
    private final VectorIndex index;

    public ValidatedQueries(SqlRunner sql, KnowledgeRepository repository, VectorIndex index) {
        this.sql = sql;
        this.repository = repository;
        this.index = index;
    }

    /** Returns a sentence for the model saying what happened. */
    public String save(SaveQuery request, Origin origin) {
        if (request.name() == null || !request.name().matches("[a-z][a-z0-9_]{2,63}")) {
            return "Not saved: name must be snake_case, 3-64 characters (e.g. churn_rate_by_industry).";
        }
        if (request.question() == null || request.question().isBlank()) {
            return "Not saved: give the question the query answers.";
        }
        try {
            SqlGuard.requireRead(request.query());
        } catch (SqlRejected e) {
            return "Not saved: " + e.getMessage();
        }
        String id = "query:" + request.name();
        var refusal = RunWrites.refusal(repository.review(id), origin);
        if (refusal.isPresent()) {
            return notSaved(request.name(), refusal.get());
        }
        SqlOutcome outcome = sql.read(request.query());
        if (outcome instanceof SqlOutcome.Failure failure) {
            return "Not saved: the query failed as dash_analyst (" + failure.message() + "). Fix it and try again.";
        }
        int rows = ((SqlOutcome.Success) outcome).result().row_count();
        Set<String> tables = new LinkedHashSet<>(Objects.requireNonNullElse(request.tablesUsed(), List.of()));
        tables.addAll(SqlGuard.tablesIn(request.query()));
        String description = Objects.requireNonNullElse(request.summary(), request.question()).strip()
                + (request.dataQualityNotes() == null || request.dataQualityNotes().isBlank() ? ""
                        : " Notes: " + request.dataQualityNotes().strip());
        var entry = new KnowledgeEntry(id, "query", KnowledgeEntry.RUNTIME, "runtime", request.name(), description,
                List.of(request.question().strip()), SqlGuard.strip(request.query()), List.copyOf(tables), false);
        if (!repository.upsert(entry, origin)) {
            return notSaved(request.name(), "another run wrote it meanwhile");
        }
        index.put(entry.id(), entry.kind(), entry.embeddingTexts(), Audience.only(origin.userId()));
        return "Saved validated query " + request.name() + " (it returned " + rows + " rows). It now serves as an "
                + "example in this user's questions; once a person approves it, in everyone's and for instant "
                + "answers.";
    }

    private static String notSaved(String name, String why) {
        return "Not saved: a query is already called " + name + " and " + why + "; choose another name.";
    }
}
