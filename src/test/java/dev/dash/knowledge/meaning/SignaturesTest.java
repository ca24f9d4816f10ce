package dev.dash.knowledge.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The signature of every shipped validated query: its metrics, breakdowns and grains, filters and period. */
class SignaturesTest {

    private static final Map<String, Signature> SHIPPED = ShippedVocabulary.signatures(ShippedVocabulary.lexicon());

    /** name → metrics | dimensions | grains. */
    private static final Map<String, List<Set<String>>> EXPECTED = Map.ofEntries(
            expect("churn_rate_by_plan", Set.of("churn"), Set.of("plan"), Set.of()),
            expect("monthly_churn_trend", Set.of("churn"), Set.of(), Set.of("month")),
            expect("churn_rate_by_industry", Set.of("churn"), Set.of("industry"), Set.of()),
            expect("cancellation_reasons", Set.of("churn"), Set.of("cancellation_reason"), Set.of()),
            expect("cohort_retention", Set.of("retention", "signups"), Set.of("cohort"), Set.of("month")),
            expect("customers_at_risk", Set.of("at_risk", "mrr", "recent_urgent_tickets", "seat_utilization", "seats"),
                    Set.of("customer_list"), Set.of()),
            expect("trial_conversion_rate", Set.of("churn", "conversion", "signups"), Set.of(), Set.of("year")),
            expect("signups_by_month", Set.of("signups"), Set.of(), Set.of("month")),
            expect("signups_by_year", Set.of("signups"), Set.of(), Set.of("year")),
            expect("usage_health_by_plan", Set.of("api_calls", "seat_utilization"), Set.of("plan"), Set.of()),
            expect("current_mrr", Set.of("arr", "mrr"), Set.of(), Set.of()),
            expect("mrr_by_plan", Set.of("arpa", "mrr", "seats"), Set.of("plan"), Set.of()),
            expect("monthly_mrr_trend", Set.of("mrr"), Set.of(), Set.of("month")),
            expect("mrr_trend_by_plan", Set.of("mrr"), Set.of("plan"), Set.of("month")),
            expect("arpa", Set.of("arpa", "mrr"), Set.of(), Set.of()),
            expect("mrr_by_company_size", Set.of("arpa", "mrr"), Set.of("company_size"), Set.of()),
            expect("revenue_by_source", Set.of("invoiced", "mrr", "signups"), Set.of("source"), Set.of()),
            expect("billing_cycle_revenue", Set.of("amount", "invoiced", "mrr"), Set.of("billing_cycle"), Set.of()),
            expect("invoiced_revenue_by_month", Set.of("amount", "invoiced"), Set.of(), Set.of("month")),
            expect("net_revenue_retention", Set.of("churn", "mrr", "nrr", "retention", "upgrades"), Set.of(), Set.of()),
            expect("csat_by_category", Set.of("csat", "tickets"), Set.of("category"), Set.of()),
            expect("resolution_time_by_priority", Set.of("resolution_time", "tickets"), Set.of("priority"), Set.of()));

    @Test
    void everyShippedQueryHasTheSignatureItsSqlAndMetadataGive() {
        assertThat(SHIPPED.keySet()).as("every shipped query is checked here").isEqualTo(EXPECTED.keySet());
        EXPECTED.forEach((name, expected) -> {
            Signature s = SHIPPED.get(name);
            assertThat(List.of(s.metrics(), s.dimensions(), s.grains())).as(name).isEqualTo(expected);
        });
    }

    @Test
    void filtersAndPeriodsComeFromTheSql() {
        assertThat(SHIPPED.get("current_mrr").filters()).contains("status=active");
        assertThat(SHIPPED.get("cancellation_reasons").filters()).contains("status=cancelled");
        assertThat(SHIPPED.get("mrr_trend_by_plan").period()).as("last 6 months").isTrue();
        assertThat(SHIPPED.get("net_revenue_retention").period()).as("last 12 months").isTrue();
        assertThat(SHIPPED.get("current_mrr").period()).isFalse();
        assertThat(SHIPPED.get("customers_at_risk").attributes()).as("a customer list shows plans, no breakdown")
                .containsExactly("plan");
    }

    private static Map.Entry<String, List<Set<String>>> expect(String name, Set<String> metrics,
            Set<String> dimensions, Set<String> grains) {
        return Map.entry(name, List.of(metrics, dimensions, grains));
    }
}
