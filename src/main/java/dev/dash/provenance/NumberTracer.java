package dev.dash.provenance;

import dev.dash.run.RunResponse.TracedNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Traces each figure of an answer to the results of its run: a cell, a simple derivation of cells
 * ({@link Derivations}), a date cell, or failing those a number the question or a statement itself names. What
 * matches nothing comes back unverified.
 */
public final class NumberTracer {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}.*");
    /** The row limit the SQL runner adds is ours, not a figure the agent chose. */
    private static final Pattern LIMIT = Pattern.compile("(?i)\\blimit\\s+\\d+");

    private NumberTracer() {
    }

    /** An answer's table lists this many rows, then says how many more there are ({@code Headline}). */
    public static final int ROWS_LISTED = 10;

    /** {@code queries} in the order they ran; the latest result wins a tie. */
    public static List<TracedNumber> trace(String answer, List<RanQuery> queries, String question) {
        List<Mention> mentions = Mentions.in(answer);
        if (mentions.isEmpty()) {
            return List.of();
        }
        List<RanQuery> latestFirst = new ArrayList<>(queries).reversed();
        Candidates candidates = new Candidates(latestFirst);
        List<Mention> asked = Mentions.in(question);
        return mentions.stream().map(m -> trace(m, candidates, latestFirst, asked)).toList();
    }

    private static TracedNumber trace(Mention mention, Candidates candidates, List<RanQuery> queries,
            List<Mention> asked) {
        Optional<Candidate> found = mention.date() != null ? dateCell(mention.date(), queries)
                : candidates.backing(mention)
                        .or(() -> Optional.ofNullable(mention.year()).flatMap(y -> dateCell(y + "-", queries)));
        Object value = mention.date() != null ? mention.date() : mention.value();
        if (found.isPresent()) {
            Candidate c = found.get();
            return new TracedNumber(mention.text(), value, true, c.query().name(), c.query().sql(), c.row(),
                    c.column(), c.derivation());
        }
        if (asked.stream().anyMatch(a -> same(mention, a))) {
            return new TracedNumber(mention.text(), value, true, null, null, null, null, "named in the question");
        }
        for (RanQuery query : queries) {
            String sql = LIMIT.matcher(query.sql()).replaceAll("");
            if (Mentions.in(sql).stream().anyMatch(literal -> same(mention, literal))) {
                return new TracedNumber(mention.text(), value, true, query.name(), query.sql(), null, null,
                        "a value the SQL names");
            }
            if (Mentions.in(query.description()).stream().anyMatch(stated -> same(mention, stated))) {
                return new TracedNumber(mention.text(), value, true, query.name(), query.sql(), null, null,
                        "named in the validated query's description");
            }
        }
        return new TracedNumber(mention.text(), value, false, null, null, null, null, null);
    }

    /** The same figure, or a year that a stated date falls in ("2024" for '2024-01-01' in the SQL). */
    private static boolean same(Mention figure, Mention stated) {
        if (figure.date() != null) {
            return figure.date().equals(stated.date());
        }
        String year = figure.year();
        return figure.reads(stated.value()) || year != null && stated.date() != null
                && stated.date().startsWith(year + "-");
    }

    /** Cells first, then whole-column and pairwise derivations, each kind built only when a figure needs it. */
    private static final class Candidates {

        private static final List<Function<RanQuery, List<Candidate>>> KINDS = List.of(Derivations::cells,
                Derivations::wholeColumns, Derivations::pairs);
        private final List<RanQuery> queries;
        private final List<List<Candidate>> built = new ArrayList<>();

        Candidates(List<RanQuery> queries) {
            this.queries = queries;
        }

        Optional<Candidate> backing(Mention mention) {
            for (int kind = 0; kind < KINDS.size(); kind++) {
                if (kind == built.size()) {
                    Function<RanQuery, List<Candidate>> derive = KINDS.get(kind);
                    built.add(queries.stream().flatMap(q -> derive.apply(q).stream()).toList());
                }
                Optional<Candidate> found = built.get(kind).stream().filter(c -> c.backs(mention)).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
    }

    /** The first date cell that the ISO prefix (a day, a month or "2026-") starts. */
    private static Optional<Candidate> dateCell(String prefix, List<RanQuery> queries) {
        for (RanQuery query : queries) {
            List<List<Object>> rows = query.result().rows();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object cell = rows.get(r).get(c);
                    if (cell instanceof String text && ISO.matcher(text).matches() && text.startsWith(prefix)) {
                        return Optional.of(new Candidate(null, query, r, query.result().columns().get(c).name(),
                                null));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
