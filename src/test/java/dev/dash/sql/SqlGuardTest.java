package dev.dash.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE FROM customers",
        "UPDATE subscriptions SET mrr = 0",
        "INSERT INTO customers (id) VALUES (1)",
        "DROP TABLE customers",
        "CREATE TABLE x (id int)",
        "SELECT 1; DELETE FROM customers",
        "WITH gone AS (DELETE FROM customers RETURNING *) SELECT count(*) FROM gone",
        "SELECT * FROM customers FOR UPDATE",
        "SELECT * INTO copy_of_customers FROM customers",
        "TRUNCATE customers",
        "",
        "this is not sql"
    })
    void refusesWhatIsNotOneReadQuery(String sql) {
        assertThatThrownBy(() -> SqlGuard.requireRead(sql)).isInstanceOf(SqlRejected.class);
    }

    @Test
    void acceptsSelectAndWithAndKnowsWhetherALimitIsThere() {
        var plain = SqlGuard.requireRead("SELECT plan, SUM(mrr) FROM subscriptions WHERE status = 'active' GROUP BY plan;");
        assertThat(plain.hasLimit()).isFalse();
        assertThat(plain.sql()).doesNotEndWith(";");
        assertThat(plain.tables()).containsExactly("subscriptions");

        var with = SqlGuard.requireRead("WITH a AS (SELECT * FROM public.customers) SELECT count(*) FROM a LIMIT 5");
        assertThat(with.hasLimit()).isTrue();
        assertThat(with.tables()).contains("customers");
    }

    @Test
    void findsTablesEvenWhenTheStatementDoesNotParse() {
        assertThat(SqlGuard.tablesIn("SELEC plan FROM subscriptions s JOIN customers c ON")).contains("subscriptions",
                "customers");
    }
}
