package dev.dash.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.run.QueryResult;
import dev.dash.run.RunResponse.TracedNumber;
import dev.dash.run.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures of answers traced to results: cells, roundings, derivations, dates, and what matches nothing. */
class NumberTracerTest {

    private static final String SQL = "SELECT month, plan, mrr FROM monthly_mrr WHERE seats > 7 LIMIT 50";
    private static final QueryResult MRR = new QueryResult(
            List.of(new QueryResult.Column("month", "date", Unit.DATE), new QueryResult.Column("plan", "text", Unit.TEXT),
                    new QueryResult.Column("mrr", "numeric", Unit.CURRENCY)),
            List.of(List.of("2026-01-01", "pro", new BigDecimal("1234567.89")),
                    List.of("2026-02-01", "pro", new BigDecimal("1000000.00")),
                    List.of("2026-03-01", "team", new BigDecimal("250000.00"))),
            3, false);
    private static final List<RanQuery> RAN = List.of(RanQuery.adHoc(SQL, MRR));

    @Test
    void aCellAsWrittenIsTracedToItsRowAndColumn() {
        TracedNumber n = only("MRR was $1,234,567.89 in January.");

        assertThat(n.verified()).isTrue();
        assertThat(n.sql()).isEqualTo(SQL);
        assertThat(n.row()).isZero();
        assertThat(n.column()).isEqualTo("mrr");
        assertThat(n.derivation()).isNull();
        assertThat(n.query()).isNull();
    }

    @Test
    void roundedAndAbbreviatedAmountsAreAccepted() {
        assertThat(only("MRR was **$1.2M**.").verified()).isTrue();
        assertThat(only("MRR was 1.23 million.").verified()).isTrue();
        assertThat(only("MRR was $1,235K.").verified()).isTrue();
        assertThat(only("MRR was $1.3M.").verified()).isFalse();
    }

    @Test
    void sumsPercentagesAndPercentageChangesOfRealValuesAreAccepted() {
        TracedNumber sum = only("Together $2.48M.");
        assertThat(sum.derivation()).isEqualTo("sum of mrr");
        TracedNumber change = only("MRR fell 19% from January to February.");
        assertThat(change.verified()).isTrue();
        assertThat(change.derivation()).startsWith("percentage change of mrr");
        assertThat(only("Team is 10.1% of the total.").derivation()).isEqualTo("share of row 3 in the sum of mrr");
        assertThat(only("The query returned 3 rows.").derivation()).isEqualTo("number of rows");
        assertThat(only("Pro brings 4.9x what team does.").derivation()).isEqualTo("ratio of mrr between rows 1 and 3");
        assertThat(only("Pro brings 5 times what team does.").verified()).isFalse();
    }

    @Test
    void datesFromTheResultAreAccepted() {
        List<TracedNumber> numbers = NumberTracer.trace("Highest in Jan 2026, on 2026-01-01 and March 1, 2026.",
                RAN, "");

        assertThat(numbers).extracting(TracedNumber::value).containsExactly("2026-01", "2026-01-01", "2026-03-01");
        assertThat(numbers).allMatch(TracedNumber::verified);
        assertThat(numbers.getFirst().column()).isEqualTo("month");
        assertThat(only("Lowest in Dec 2025.").verified()).isFalse();
    }

    @Test
    void anInventedNumberIsUnverifiedWhileCodeAndListNumbersAreNoFigures() {
        List<TracedNumber> numbers = NumberTracer.trace("""
                1. Pro grew to **$4,200,000** in Q1 (`LIMIT 50`).
                2. See [the run](https://example.com/runs/77) at 10:30.""", RAN, "");

        assertThat(numbers).extracting(TracedNumber::text).containsExactly("$4,200,000");
        assertThat(numbers.getFirst().verified()).isFalse();
        assertThat(numbers.getFirst().sql()).isNull();
    }

    @Test
    void numbersTheQuestionOrTheSqlNamesAreAccepted() {
        TracedNumber asked = NumberTracer.trace("The top 5 months:", RAN, "What are the top 5 months?").getFirst();
        assertThat(asked.derivation()).isEqualTo("named in the question");

        assertThat(only("Only plans with over 7 seats.").derivation()).isEqualTo("a value the SQL names");
        assertThat(only("At most 50 rows.").verified()).isFalse();
        List<RanQuery> since = List.of(RanQuery.adHoc("SELECT count(*) FROM t WHERE day >= '2024-01-01'", MRR));
        assertThat(NumberTracer.trace("Since 2024.", since, "").getFirst().derivation())
                .isEqualTo("a value the SQL names");
    }

    @Test
    void aValidatedQueryKeepsItsNameAndItsDescriptionsNumbers() {
        List<RanQuery> validated = List.of(new RanQuery("mrr_by_month", "MRR of the last 6 months", SQL, MRR));

        List<TracedNumber> numbers = NumberTracer.trace("MRR was **$250,000.00**. _From `mrr_by_month`: MRR of the "
                + "last 6 months_", validated, "");

        assertThat(numbers).extracting(TracedNumber::query).containsExactly("mrr_by_month", "mrr_by_month");
        assertThat(numbers).allMatch(TracedNumber::verified);
    }

    private static TracedNumber only(String answer) {
        List<TracedNumber> numbers = NumberTracer.trace(answer, RAN, "");
        assertThat(numbers).hasSize(1);
        return numbers.getFirst();
    }
}
