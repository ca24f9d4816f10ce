package dev.dash.knowledge.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A ranking ("which plan brings in the least MRR") is answered by a query whose first row is the end asked, by its
 * own order or by sorting its rows on the one column holding the metric, and declined otherwise. New sentences.
 */
class RankingTest {

    private static final Lexicon LEXICON = ShippedVocabulary.lexicon();
    private static final Map<String, Signature> SHIPPED = ShippedVocabulary.signatures(LEXICON);

    @Test
    void aRankingIsAnsweredByTheQuerysOwnOrderOrBySortingTheOneColumnOfItsMetric() {
        assertThat(ranking("Which size segment has the highest MRR?", "mrr_by_company_size"))
                .as("ordered by MRR from the most").isEqualTo(new Ranking(true, Optional.empty()));
        assertThat(ranking("Which size segment has the lowest MRR?", "mrr_by_company_size").resort())
                .contains(new RowOrder("mrr", false));
        assertThat(unmet("Which size segment has the lowest MRR?", "mrr_by_company_size")).isEmpty();
        assertThat(ranking("Which vertical fares worst on churn?", "churn_rate_by_industry"))
                .as("more churn is worse: the worst is the query's first row").isEqualTo(new Ranking(true, Optional.empty()));
        assertThat(ranking("Which size segment is best for MRR?", "mrr_by_company_size"))
                .as("more MRR is better").isEqualTo(new Ranking(true, Optional.empty()));
        assertThat(ranking("Which size segment is worst for MRR?", "mrr_by_company_size").resort())
                .contains(new RowOrder("mrr", false));
    }

    @Test
    void aRankingTheRowsCannotBeSortedIntoIsDeclined() {
        assertThat(SHIPPED.get("csat_by_category").sortableBy()).as("a total row beside the categories").isEmpty();
        assertThat(SHIPPED.get("customers_at_risk").sortableBy()).as("cut at 50 rows").isEmpty();
        assertThat(unmet("Which ticket category has the fewest resolved tickets?", "csat_by_category"))
                .anyMatch(r -> r.startsWith("a ranking by"));
        assertThat(unmet("Which ticket priority is best for ticket volume?", "resolution_time_by_priority"))
                .as("more tickets is neither better nor worse").anyMatch(r -> r.startsWith("a ranking by"));
        assertThat(unmet("Which size segment has the best and worst MRR?", "mrr_by_company_size"))
                .as("most and least at once").anyMatch(r -> r.startsWith("a ranking by"));
        assertThat(unmet("Which channel earns us the most accounts?", "revenue_by_source"))
                .as("a count of customers, not MRR").anyMatch(r -> r.startsWith("a ranking by"));
        assertThat(unmet("Which vertical loses the most accounts?", "churn_rate_by_industry"))
                .as("churn counts customers").isEmpty();
    }

    private static Ranking ranking(String question, String query) {
        return Ranking.of(LEXICON.read(question), SHIPPED.get(query));
    }

    private static List<String> unmet(String question, String query) {
        return LEXICON.read(question).unmetBy(SHIPPED.get(query));
    }
}
