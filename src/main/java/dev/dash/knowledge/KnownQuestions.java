package dev.dash.knowledge;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** STAND-IN until main's knowledge code lands: word overlap with the validated queries' questions. */
@ApplicationScoped
public class KnownQuestions {

    private final AgroalDataSource owner;

    public KnownQuestions(AgroalDataSource owner) {
        this.owner = owner;
    }

    public Optional<QueryMatch> match(String question) {
        return all(question).stream().max(Comparator.comparingDouble(QueryMatch::score));
    }

    public List<String> closest(String question, int n) {
        return all(question).stream().sorted(Comparator.comparingDouble(QueryMatch::score).reversed())
                .flatMap(m -> m.questions().stream()).limit(n).toList();
    }

    private List<QueryMatch> all(String question) {
        List<QueryMatch> matches = new ArrayList<>();
        Set<String> asked = StandIns.words(question);
        try (var c = owner.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT name, content, questions, sql, approved FROM dash_internal.knowledge "
                        + "WHERE kind = 'query'")) {
            while (rs.next()) {
                List<String> questions = Arrays.asList((String[]) rs.getArray(3).getArray());
                double best = 0;
                for (String q : questions) {
                    Set<String> known = StandIns.words(q);
                    Set<String> both = new HashSet<>(known);
                    both.retainAll(asked);
                    Set<String> either = new HashSet<>(known);
                    either.addAll(asked);
                    best = Math.max(best, either.isEmpty() ? 0 : (double) both.size() / either.size());
                }
                matches.add(new QueryMatch(rs.getString(1), rs.getString(2), questions, rs.getString(4), best,
                        List.of(), rs.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return matches;
    }
}
