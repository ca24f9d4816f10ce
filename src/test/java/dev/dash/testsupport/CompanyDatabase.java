package dev.dash.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A company database apart from Dash's own, on the same server: schema sales with a few orders, made by a superuser
 * before the service starts, which then runs with DATA_DB_URL pointing there, the Analyst reading sales and the
 * Engineer's schema named analytics (not the default dash).
 */
public class CompanyDatabase implements QuarkusTestProfile {

    public static final String NAME = System.getenv().getOrDefault("DASH_TEST_DATABASE", "dash_test") + "_company";
    public static final String ENGINEER_SCHEMA = "analytics";

    @Override
    public Map<String, String> getConfigOverrides() {
        Superuser.recreateDatabase(NAME);
        execute("""
                CREATE SCHEMA sales;
                CREATE TABLE sales.orders (id int PRIMARY KEY, region text NOT NULL, amount numeric(10,2) NOT NULL);
                INSERT INTO sales.orders VALUES (1, 'north', 120.00), (2, 'south', 80.50), (3, 'north', 40.00);""");
        return Map.of("dash.data.url", "postgresql://127.0.0.1:5432/" + NAME + "?ApplicationName=dash-company-test",
                "dash.data.analyst-schemas", "sales", "dash.data.engineer-schema", ENGINEER_SCHEMA);
    }

    /** Runs SQL as the superuser on the company database. */
    public static void execute(String sql) {
        Superuser.execute(NAME, sql);
    }
}
