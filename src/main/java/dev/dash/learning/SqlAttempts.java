package dev.dash.learning;

import dev.dash.run.Origin;
import dev.dash.sql.SqlGuard;
import dev.dash.sql.SqlOutcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements one agent ran in one run. When a statement fails and a later one succeeds on an overlapping set of
 * tables, the pair becomes a learning — captured here, without relying on the model to remember.
 */
public class SqlAttempts {

    private static final Pattern TOKEN = Pattern.compile("'[^']*'|[A-Za-z_][\\w.]*|\\d+(\\.\\d+)?|[<>=!]+");
    private static final int MAX_DIFF_TOKENS = 8;

    private final LearningStore store;
    private final Origin origin;
    private final List<SqlOutcome.Failure> failures = new ArrayList<>();

    SqlAttempts(LearningStore store, Origin origin) {
        this.store = store;
        this.origin = origin;
    }

    /** Records an outcome; returns the id of the learning saved when it fixed an earlier failure. */
    public Optional<Long> record(SqlOutcome outcome) {
        switch (outcome) {
            case SqlOutcome.Failure failure -> {
                if (failure.sqlState() != null && !failure.sqlState().startsWith("DASH")) {
                    failures.add(failure);
                }
                return Optional.empty();
            }
            case SqlOutcome.Success success -> {
                Set<String> tables = SqlGuard.tablesIn(success.sql());
                for (int i = failures.size() - 1; i >= 0; i--) {
                    SqlOutcome.Failure failure = failures.get(i);
                    Set<String> failedTables = SqlGuard.tablesIn(failure.sql());
                    if (overlaps(tables, failedTables)) {
                        dropFailuresOn(failedTables);
                        return Optional.of(store.save(draft(failure, success, tables, failedTables)));
                    }
                }
                return Optional.empty();
            }
        }
    }

    private LearningDraft draft(SqlOutcome.Failure failure, SqlOutcome.Success fix, Set<String> tables,
            Set<String> failedTables) {
        Set<String> all = new LinkedHashSet<>(failedTables);
        all.addAll(tables);
        String title = String.join(", ", all) + ": " + shorten(failure.message(), 80);
        String lesson = "This failed with \"" + failure.message() + "\" (SQLSTATE " + failure.sqlState() + "). "
                + difference(failure.sql(), fix.sql());
        return new LearningDraft(title, lesson, failure.sql(), failure.sqlState(), failure.message(), fix.sql(),
                List.copyOf(all), origin, Learning.AUTO);
    }

    /** What the working statement changed, as words removed and added. */
    static String difference(String failed, String fixed) {
        Set<String> before = tokens(failed);
        Set<String> after = tokens(fixed);
        List<String> removed = before.stream().filter(t -> !after.contains(t)).limit(MAX_DIFF_TOKENS).toList();
        List<String> added = after.stream().filter(t -> !before.contains(t)).limit(MAX_DIFF_TOKENS).toList();
        StringBuilder text = new StringBuilder("The fix");
        if (!removed.isEmpty()) {
            text.append(" dropped ").append(String.join(" ", removed));
        }
        if (!added.isEmpty()) {
            text.append(removed.isEmpty() ? " used " : " and used ").append(String.join(" ", added));
        }
        return text.append('.').toString();
    }

    private static Set<String> tokens(String sql) {
        Set<String> tokens = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(sql);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty();
    }

    private void dropFailuresOn(Set<String> tables) {
        for (Iterator<SqlOutcome.Failure> it = failures.iterator(); it.hasNext();) {
            if (overlaps(SqlGuard.tablesIn(it.next().sql()), tables)) {
                it.remove();
            }
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
