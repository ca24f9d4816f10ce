package dev.dash.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.SampleData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated company: deterministic per seed, and every trap the knowledge files describe is really there. */
@QuarkusTest
class SampleDataGeneratorTest {

    private static final List<String> TABLES = List.of(
            "customers", "subscriptions", "plan_changes", "invoices", "usage_metrics", "support_tickets");
    private static final Map<String, List<String>> DATE_COLUMNS = dateColumns();
    private static final long OTHER_SEED = 7;

    @Inject
    SampleDataGenerator generator;

    @Inject
    SampleDataLoader loader;

    @Inject
    SampleData sampleData;

    /** The trap queries run as the Analyst: that also proves the role can read the tables the service created. */
    @Inject
    @DataSource("analyst")
    AgroalDataSource analyst;

    @BeforeEach
    void loadSampleData() {
        sampleData.ensureLoaded();
    }

    @Test
    void sameSeedLoadsIdenticalTablesAndAnotherSeedDiffers() throws Exception {
        loader.load(generator.generate(SampleData.SEED), true);
        Map<String, String> first = checksums();
        loader.load(generator.generate(OTHER_SEED), true);
        Map<String, String> other = checksums();
        // Ends on the fixture's seed, so the other tests see the data they expect.
        loader.load(generator.generate(SampleData.SEED), true);
        Map<String, String> second = checksums();

        assertThat(second).isEqualTo(first);
        TABLES.forEach(table -> assertThat(other.get(table)).as(table).isNotEqualTo(first.get(table)));
    }

    @Test
    void aboutNineHundredCustomersOverTwentyFourMonths() throws SQLException {
        assertThat(number("SELECT count(*) FROM customers")).isBetween(800L, 1000L);
        assertThat(number("SELECT count(DISTINCT date_trunc('month', signup_date)) FROM customers")).isEqualTo(24L);
    }

    @Test
    void upgradedCustomersHaveSeveralSubscriptionRowsAndOneActive() throws SQLException {
        assertThat(number("SELECT count(*) FROM plan_changes WHERE change_type = 'upgrade'")).isPositive();
        assertThat(number("""
                SELECT count(*) FROM plan_changes p
                 WHERE change_type IN ('upgrade', 'downgrade')
                   AND (SELECT count(*) FROM subscriptions s WHERE s.customer_id = p.customer_id) < 2""")).isZero();
        assertThat(number("""
                SELECT count(*) FROM (SELECT customer_id FROM subscriptions WHERE status = 'active'
                                      GROUP BY customer_id HAVING count(*) > 1) x""")).isZero();
        assertThat(number("SELECT count(*) FROM subscriptions WHERE (status = 'active') <> (ended_at IS NULL)")).isZero();
    }

    @Test
    void aboutThirtyPercentOfResolvedTicketsAreUnrated() throws SQLException {
        BigDecimal unrated = decimal("""
                SELECT avg((satisfaction_score IS NULL)::int) FROM support_tickets WHERE resolved_at IS NOT NULL""");
        assertThat(unrated).isBetween(new BigDecimal("0.20"), new BigDecimal("0.40"));
        assertThat(number("""
                SELECT count(*) FROM support_tickets WHERE resolved_at IS NULL AND satisfaction_score IS NOT NULL"""))
                .isZero();
    }

    @Test
    void usageIsSampledThreeToFiveDaysPerCustomerMonth() throws SQLException {
        String perMonth = "(SELECT count(*) AS n FROM usage_metrics GROUP BY customer_id, date_trunc('month', metric_date)) m";
        assertThat(number("SELECT min(n) FROM " + perMonth)).isEqualTo(3L);
        assertThat(number("SELECT max(n) FROM " + perMonth)).isEqualTo(5L);
        assertThat(number("SELECT count(*) FROM usage_metrics")).isGreaterThan(10_000L);
        assertThat(number("SELECT min(active_users) FROM usage_metrics")).isEqualTo(1L);
    }

    @Test
    void annualInvoicesAreTwelveMonthsOfMrrLessTenPercent() throws SQLException {
        String join = " FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id WHERE s.billing_cycle = ";
        assertThat(number("SELECT count(*)" + join + "'annual'")).isPositive();
        assertThat(number("SELECT count(*)" + join + "'annual' AND i.amount <> round(12 * s.mrr * 0.9, 2)")).isZero();
        assertThat(number("SELECT count(*)" + join + "'monthly' AND i.amount <> s.mrr")).isZero();
        assertThat(number("SELECT count(*) FROM invoices WHERE (status = 'paid') <> (paid_at IS NOT NULL)")).isZero();
    }

    @Test
    void trialCustomersHaveNoSubscriptionOrInvoice() throws SQLException {
        assertThat(number("SELECT count(*) FROM customers WHERE status = 'trial'")).isPositive();
        assertThat(number("""
                SELECT count(*) FROM customers c WHERE c.status = 'trial'
                   AND (EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id)
                        OR EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id))""")).isZero();
    }

    @Test
    void churnedCustomersSubscriptionsAreCancelledWithAReason() throws SQLException {
        assertThat(number("SELECT count(*) FROM subscriptions WHERE status = 'cancelled'")).isPositive();
        assertThat(number("""
                SELECT count(*) FROM customers c JOIN subscriptions s ON s.customer_id = c.id
                 WHERE c.status = 'churned' AND s.status = 'active'""")).isZero();
        assertThat(number("""
                SELECT count(*) FROM customers c
                 WHERE c.status = 'churned' AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id)
                   AND NOT EXISTS (SELECT 1 FROM subscriptions s
                                    WHERE s.customer_id = c.id AND s.status = 'cancelled')""")).isZero();
        assertThat(number("""
                SELECT count(*) FROM subscriptions WHERE (status = 'cancelled') <> (cancellation_reason IS NOT NULL)"""))
                .isZero();
        assertThat(number("SELECT count(*) FROM plan_changes WHERE change_type = 'cancellation'"))
                .isEqualTo(number("SELECT count(*) FROM subscriptions WHERE status = 'cancelled'"));
    }

    @Test
    void everyDateFallsInJanuary2024ToDecember2025() throws SQLException {
        for (var table : DATE_COLUMNS.entrySet()) {
            for (String column : table.getValue()) {
                assertThat(number("SELECT count(*) FROM " + table.getKey() + " WHERE " + column
                        + " < '2024-01-01' OR " + column + " >= '2026-01-01'"))
                        .as(table.getKey() + "." + column).isZero();
            }
        }
    }

    private static Map<String, List<String>> dateColumns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("customers", List.of("signup_date"));
        columns.put("subscriptions", List.of("started_at", "ended_at"));
        columns.put("plan_changes", List.of("changed_at"));
        columns.put("invoices", List.of("issued_at", "paid_at", "period_start"));
        columns.put("usage_metrics", List.of("metric_date"));
        columns.put("support_tickets", List.of("created_at", "resolved_at"));
        return columns;
    }

    private Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : TABLES) {
            sums.put(table, text("SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM " + table + " t"));
        }
        return sums;
    }

    private long number(String sql) throws SQLException {
        return decimal(sql).longValueExact();
    }

    private BigDecimal decimal(String sql) throws SQLException {
        return new BigDecimal(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = analyst.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
