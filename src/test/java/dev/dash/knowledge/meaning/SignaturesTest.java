package dev.dash.knowledge.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The signature of every shipped validated query (its metrics, breakdowns and grains, filters and period), and the
 * rule that a question is answered from a query only when the query explains every word of it: one test per kind of
 * question the zero-model path must decline, each beside one the same query does answer. The sentences are new, in
 * none of our question sets.
 */
class SignaturesTest {

    private static final Lexicon LEXICON = ShippedVocabulary.lexicon();
    private static final Map<String, Signature> SHIPPED = ShippedVocabulary.signatures(LEXICON);

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
            expect("customer_count", Set.of(), Set.of(), Set.of()),
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

    @Test
    void aValueTheDataDoesNotHoldIsDeclined() {
        assertThat(unmet("Churn rate on the diamond plan", "churn_rate_by_plan")).contains("unexplained diamond");
        assertThat(unmet("Churn rate on the starter plan", "churn_rate_by_plan")).isEmpty();
    }

    @Test
    void aValueTheQueryDoesNotShowIsDeclinedEvenBesideAMetricItGives() {
        assertThat(unmet("How do failed payments split between annual and monthly billing?", "billing_cycle_revenue"))
                .as("it shows paid invoices only").anyMatch(r -> r.contains("failed"));
        assertThat(unmet("Failed payment totals for every month", "invoiced_revenue_by_month")).isEmpty();
    }

    @Test
    void oneNamedCompanyIsDeclined() {
        assertThat(unmet("What does Zephyr Dynamics pay us in MRR?", "current_mrr")).anyMatch(r -> r.endsWith("zephyr"));
        assertThat(unmet("What do we earn in MRR?", "current_mrr")).isEmpty();
    }

    @Test
    void aRankingOfRowsTheQueryDoesNotListIsDeclined() {
        assertThat(unmet("Whose MRR is largest today?", "current_mrr"))
                .contains("a ranking of rows the query does not list");
        assertThat(unmet("List the MRR we have today", "current_mrr")).contains("a list of rows the query does not give");
        assertThat(unmet("Give me the names of starter plan customers that cancelled", "churn_rate_by_plan"))
                .contains("names of rows the query does not list");
        assertThat(unmet("Which plan has the largest MRR?", "mrr_by_plan")).isEmpty();
        assertThat(unmet("Which pricing tier is losing customers at the highest rate?", "churn_rate_by_plan"))
                .as("customers is what the tier loses, not rows asked for").isEmpty();
    }

    @Test
    void aCountOfRowsWithAValueNeedsAQueryFilteringEveryRowOnIt() {
        assertThat(unmet("How many invoices were refunded per month?", "invoiced_revenue_by_month"))
                .as("refunded_amount is an amount, not a count").anyMatch(r -> r.startsWith("a count of invoice rows"));
        assertThat(unmet("What amount of invoices was refunded per month?", "invoiced_revenue_by_month")).isEmpty();
        assertThat(unmet("How many active subscriptions make up our MRR?", "current_mrr")).as("WHERE status = 'active'")
                .isEmpty();
    }

    @Test
    void aCountNeedsAColumnCountingWhatItCounts() {
        assertThat(unmet("How many employees do the customers on each plan have?", "mrr_by_plan"))
                .as("MRR by plan counts customers, not employees").anyMatch(r -> r.startsWith("a count of employee"));
        assertThat(unmet("Which plan has the most employees?", "mrr_by_plan")).as("the most employees is a count too")
                .anyMatch(r -> r.startsWith("a count of employee"));
        assertThat(unmet("What's our customer count today?", "customer_count")).isEmpty();
        assertThat(unmet("How many paying accounts are there at the moment?", "customer_count"))
                .as("accounts are customers (the vocabulary's business word)").isEmpty();
        assertThat(unmet("How many new accounts joined every month?", "signups_by_month"))
                .as("signups count customers").isEmpty();
    }

    @Test
    void aPeriodTheRowsDoNotGiveIsDeclined() {
        assertThat(unmet("Signups over the past week", "signups_by_month")).contains("a period the rows do not give: week");
        assertThat(unmet("Signups in Q2 2025", "signups_by_year")).contains("a period the rows do not give: quarter");
        assertThat(unmet("MRR per plan over the past 3 years", "mrr_trend_by_plan"))
                .contains("a period the rows do not give: year");
        assertThat(unmet("Signups year to date", "signups_by_year")).as("year to date counts back from today")
                .contains("a period counted back from today");
        assertThat(unmet("MRR per plan over the past half year", "mrr_trend_by_plan")).isEmpty();
        assertThat(unmet("Signups per calendar year", "signups_by_year")).isEmpty();
    }

    @Test
    void aMetricTheQueryDoesNotComputeIsDeclined() {
        assertThat(unmet("Gross margin by plan", "mrr_by_plan")).contains("unexplained margin");
        assertThat(unmet("What fraction of revenue is from invoices paid late?", "invoiced_revenue_by_month"))
                .isNotEmpty();
        assertThat(unmet("Recurring revenue by plan", "mrr_by_plan")).isEmpty();
    }

    @Test
    void aNamedObjectOrSourceIsDeclined() {
        assertThat(unmet("MRR by plan from the dash.plan_rollup view", "mrr_by_plan")).contains("unexplained rollup");
        assertThat(unmet("MRR by plan according to Salesforce", "mrr_by_plan")).anyMatch(r -> r.endsWith("salesforce"));
    }

    @Test
    void wordsNoDataExplainsAreDeclined() {
        assertThat(unmet("Why does the moon look orange to customers who cancel?", "cancellation_reasons"))
                .contains("unexplained moon", "unexplained orange");
        assertThat(unmet("Why do customers cancel?", "cancellation_reasons")).isEmpty();
    }

    @Test
    void aBreakdownTheQuestionDoesNotAskForIsDeclined() {
        assertThat(unmet("What is the average MRR of a customer?", "mrr_by_plan"))
                .contains("a breakdown the question does not ask for");
        assertThat(unmet("What is our CSAT?", "csat_by_category")).as("the query's own question names no breakdown")
                .isEmpty();
    }

    @Test
    void aRatioIsReadFromItsPartsWrittenOutOrAveraged() {
        assertThat(LEXICON.read("Recurring revenue per account, by company size").named())
                .anySatisfy(c -> assertThat(c).contains(Concept.metric("arpa")));
        assertThat(LEXICON.read("Typically, what does each account pay us on average in recurring revenue?").named())
                .anySatisfy(c -> assertThat(c).contains(Concept.metric("arpa")));
        assertThat(unmet("Typically, what does each account pay us on average in recurring revenue?", "arpa")).isEmpty();
        assertThat(LEXICON.read("What recurring revenue does each account pay us?").named())
                .as("no average asked: MRR per customer, a list").noneSatisfy(c -> assertThat(c)
                        .contains(Concept.metric("arpa")));
    }

    @Test
    void generalEnglishComesFromWordNetAndTheBusinessWordsFromTheVocabulary() {
        assertThat(unmet("Churn rate by plan for our clientele", "churn_rate_by_plan")).as("WordNet: clientele, customers")
                .isEmpty();
        assertThat(unmet("Churn rate by plan for our wombats", "churn_rate_by_plan")).contains("unexplained wombat");
        assertThat(unmet("What recurring revenue do our clients bring in each month right now?", "current_mrr")).isEmpty();
    }

    @Test
    void aMisspeltWordIsReadAsTheOneKnownWordItIsAnEditFromAndANameIsNot() {
        assertThat(unmet("churn rate per plan, proportionaly", "churn_rate_by_plan")).isEmpty();
        assertThat(unmet("which acquistion channel generates the most revenue?", "revenue_by_source")).isEmpty();
        assertThat(unmet("What's Churnz's MRR per plan?", "mrr_by_plan")).as("a name, capitalised")
                .anyMatch(r -> r.startsWith("unexplained churnz"));
        assertThat(unmet("churn rate per plan for the zorblat accounts", "churn_rate_by_plan"))
                .contains("unexplained zorblat");
    }

    private static List<String> unmet(String question, String query) {
        return LEXICON.read(question).unmetBy(SHIPPED.get(query));
    }

    private static Map.Entry<String, List<Set<String>>> expect(String name, Set<String> metrics,
            Set<String> dimensions, Set<String> grains) {
        return Map.entry(name, List.of(metrics, dimensions, grains));
    }
}
