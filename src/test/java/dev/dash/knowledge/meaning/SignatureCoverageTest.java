package dev.dash.knowledge.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a shipped query's signature leaves unmet of a question, and what it lets through on our tuning set. */
class SignatureCoverageTest {

    private static final Lexicon LEXICON = ShippedVocabulary.lexicon();
    private static final Map<String, Signature> SHIPPED = ShippedVocabulary.signatures(LEXICON);

    /** What the shipped query leaves unmet of the question. */
    private static List<String> unmet(String question, String query) {
        return LEXICON.read(question).unmetBy(SHIPPED.get(query));
    }

    @Test
    void aBreakdownOrGrainTheQueryDoesNotGiveIsUnmet() {
        assertThat(unmet("Churn rate by industry", "churn_rate_by_plan"))
                .containsExactly("industry");
        assertThat(unmet("Weekly signups", "signups_by_month")).containsExactly("week");
        assertThat(unmet("ARPA two years ago", "arpa")).containsExactly("period");
        assertThat(unmet("Churn rate by shoe size", "churn_rate_by_plan"))
                .contains("by shoe");
        assertThat(unmet("Total monthly revenue", "monthly_churn_trend"))
                .as("lost MRR is churn, not revenue").isNotEmpty();
        assertThat(unmet("How many customers churned in Q3 2023?", "monthly_churn_trend"))
                .contains("a total, not per month");
        assertThat(unmet("What was the churn rate in March 2024?", "monthly_churn_trend"))
                .containsExactly("one calendar period, not the series");
        assertThat(unmet("Signups in 2025 compared with 2024", "signups_by_year"))
                .as("two periods compared").isEmpty();
        assertThat(unmet("Who is in danger of cancelling?", "customers_at_risk"))
                .as("a prediction of churn is the risk").isEmpty();
        assertThat(unmet("Median revenue per account", "arpa")).containsExactly("asks median");
        assertThat(unmet("Median time to resolve a ticket", "resolution_time_by_priority"))
                .containsExactly("an overall quantile, not one per group");
        assertThat(unmet("Median time to resolve tickets by priority", "resolution_time_by_priority")).isEmpty();
        assertThat(unmet("Churn rate for enterprise customers in Germany", "churn_rate_by_plan"))
                .containsExactly("asks germany");
        assertThat(unmet("Which reps resolve tickets fastest?", "resolution_time_by_priority"))
                .containsExactly("asks rep");
        assertThat(unmet("Which tier loses the most customers?", "churn_rate_by_plan"))
                .as("ranking words ask nothing more").isEmpty();
        assertThat(unmet("Average MRR of customers at risk", "customers_at_risk"))
                .containsExactly("one figure over the list");
        assertThat(unmet("What was MRR at the end of 2022 by plan?", "mrr_trend_by_plan"))
                .contains("a calendar period, not the query's recent window");
        assertThat(unmet("Breakdown of cancellation reasons", "cancellation_reasons"))
                .as("a name without a metric states its subject by dimension").isEmpty();
        assertThat(unmet("How many customers are on each plan?", "churn_rate_by_plan"))
                .as("a name with a metric does not").isNotEmpty();
        assertThat(unmet("Monthly churn rate for each tier", "churn_rate_by_plan"))
                .as("monthly is the churn rate's unit").isEmpty();
        assertThat(unmet("What is the average account worth per month?", "arpa"))
                .as("per month is ARPA's unit").isEmpty();
        assertThat(unmet("Churn per month by plan", "churn_rate_by_plan"))
                .as("with a breakdown, per month asks for a series").containsExactly("month");
        assertThat(unmet("MoM churn by plan", "churn_rate_by_plan"))
                .as("month over month is a series").containsExactly("month");
        assertThat(unmet("Annual billing compared with monthly billing", "billing_cycle_revenue"))
                .as("two values side by side ask for the breakdown")
                .isEmpty();
        assertThat(unmet("Annual vs monthly split", "billing_cycle_revenue"))
                .as("monthly set beside annual is a billing cycle").isEmpty();
        assertThat(unmet("Monthly MRR", "billing_cycle_revenue"))
                .as("monthly alone is a grain").isNotEmpty();
        assertThat(unmet("Of the customers who joined each month, how many percent still stay after six months?",
                "cohort_retention"))
                .as("who after a noun asks for no list; a percent is no total")
                .isEmpty();
        assertThat(unmet("Which tier loses the most customers per month?", "churn_rate_by_plan"))
                .as("a ranking makes per month the unit").isEmpty();
        assertThat(unmet("Churn by plan in a typical month", "churn_rate_by_plan"))
                .as("so does a typical month").isEmpty();
        assertThat(LEXICON.read("Open high priority tickets").named()).as("a dimension after its value labels it")
                .noneMatch(a -> a.contains(Concept.dimension("priority")));
        assertThat(unmet("Seat utilisation by plan for the latest month", "usage_health_by_plan"))
                .as("the latest month is the query's period").isEmpty();
        assertThat(unmet("How many new accounts did we bring in last year?", "signups_by_year"))
                .as("bring in implies MRR only when nothing else is named").isEmpty();
        assertThat(unmet("How much do we bring in?", "current_mrr")).isEmpty();
        assertThat(unmet("Do mid-market companies pay more per account than SMBs?", "mrr_by_company_size"))
                .as("MRR per account is ARPA").isEmpty();
        assertThat(unmet("Do mid-market companies pay more per account than SMBs?", "current_mrr")).isNotEmpty();
        assertThat(unmet("Seat utilization by plan: active users versus seats", "usage_health_by_plan"))
                .as("a ratio's part named beside it").isEmpty();
        assertThat(unmet("Seats by plan", "usage_health_by_plan")).isNotEmpty();
        assertThat(unmet("avg mrr per acct", "arpa")).as("abbreviations").isEmpty();
        assertThat(unmet("How much recurring revenue do we bring in each month right now?", "current_mrr"))
                .as("a grain asked for now is the figure's unit").isEmpty();
        assertThat(unmet("Accounts that might walk: barely using their seats or raising urgent tickets",
                "customers_at_risk"))
                .as("tickets under the query's own filter").isEmpty();
        assertThat(unmet("Which customers raise the most tickets?", "customers_at_risk"))
                .as("tickets in general").isNotEmpty();
        assertThat(unmet("90th percentile resolution time for critical tickets", "resolution_time_by_priority"))
                .contains("asks 90th");
        assertThat(unmet("MRR on annual versus month-to-month billing", "billing_cycle_revenue"))
                .as("billing labels the cycle, it is no ticket category").isEmpty();
        assertThat(unmet("New accounts, trials included, in each calendar month", "signups_by_month"))
                .as("a value included is no filter").isEmpty();
        assertThat(unmet("How much money was refunded or still pending every month?", "invoiced_revenue_by_month"))
                .as("columns named by a value show it").isEmpty();
        assertThat(unmet("ARPA by plan", "mrr_by_plan"))
                .as("a ratio of the query's key metric").isEmpty();
        assertThat(unmet("Seat utilisation and daily API calls per plan", "usage_health_by_plan"))
                .as("daily is the API calls' unit").isEmpty();
        assertThat(unmet("What will our MRR be in six months?", "monthly_mrr_trend"))
                .contains("asks will");
        assertThat(unmet("Which accounts are likely to cancel soon?", "customers_at_risk"))
                .isEmpty();
        assertThat(unmet("Give me accounts likely to cancel", "cancellation_reasons"))
                .as("a prediction is no churn rate").contains("asks likely");
        assertThat(unmet("Are retail customers more likely to cancel than tech customers?", "churn_rate_by_industry"))
                .as("more likely compares rates").isEmpty();
        assertThat(unmet("Billings per month", "invoiced_revenue_by_month"))
                .as("billings are amounts billed, no billing cycle or ticket category").isEmpty();
        assertThat(unmet("Churn by plan among enterprise-size companies", "churn_rate_by_plan"))
                .as("a value labelled by its dimension's name means that dimension's value").isNotEmpty();
        assertThat(unmet("MRR for the enterprise plan", "mrr_by_company_size"))
                .as("and a value in a query's question is no filter when the query breaks down by it").isNotEmpty();
        assertThat(unmet("MRR by month right now", "monthly_mrr_trend"))
                .containsExactly("now, not a series");
        assertThat(unmet("Recurring revenue for each customer size", "mrr_by_company_size"))
                .as("the longer phrase reaching past wins: each [customer size]").isEmpty();
        assertThat(unmet("Largest accounts ranked by MRR", "customers_at_risk"))
                .as("the query shows MRR but is about risk").isNotEmpty();
    }

    @Test
    void nearlyEveryTuningRewordingIsCoveredByItsQueryAndNoNearMissByAny() throws IOException {
        JsonNode set = new ObjectMapper().readTree(new File("evals/known-questions/tuning.json"));
        List<String> uncovered = new ArrayList<>();
        for (JsonNode p : set.get("paraphrases")) {
            List<String> unmet = unmet(p.get("q").asText(), p.get("query").asText());
            if (!unmet.isEmpty()) {
                uncovered.add(p.get("q").asText() + " " + unmet);
            }
        }
        List<String> answered = new ArrayList<>();
        for (JsonNode n : set.get("near_misses")) {
            Reading reading = LEXICON.read(n.get("q").asText());
            SHIPPED.forEach((name, s) -> {
                if (reading.asksForData() && reading.unmetBy(s).isEmpty()) {
                    answered.add(n.get("q").asText() + " by " + name);
                }
            });
        }
        assertThat(uncovered.size()).as("rewordings their query's signature does not cover: " + uncovered)
                .isLessThanOrEqualTo(set.get("paraphrases").size() / 20);
        assertThat(answered).as("near misses a shipped signature would answer").isEmpty();
    }
}
