package dev.dash.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The few company rows the agent tests need, created as the superuser (the service's login cannot write public).
 * A handful of fx_ rows keep the scripted conversations exact; the fx_ prefix keeps them apart from the sample data.
 */
public final class Fixture {

    public static final int PRO_CUSTOMERS = 2;
    public static final int CUSTOMERS = 5;
    /** The query a scripted analyst runs to count the pro customers: one row, {@link #PRO_CUSTOMERS}. */
    public static final String PRO_COUNT = "SELECT count(*) AS pro_customers FROM fx_customers WHERE plan = 'pro'";

    private Fixture() {
    }

    public static void load() {
        try (Connection c = superuser()) {
            load(c);
            forgetTestQueries(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the agent test fixture", e);
        }
    }

    /** Loads the rows through a superuser's connection to another database than the shared test database. */
    public static synchronized void load(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS public.fx_customers (
                        id int PRIMARY KEY, name text NOT NULL, plan text NOT NULL, industry text NOT NULL,
                        mrr numeric(10,2) NOT NULL, signup_date date NOT NULL)""");
            s.execute("""
                    INSERT INTO public.fx_customers VALUES
                      (1, 'Acme', 'pro', 'retail', 500, '2024-01-15'),
                      (2, 'Globex', 'pro', 'energy', 700, '2024-03-02'),
                      (3, 'Initech', 'free', 'software', 0, '2024-05-20'),
                      (4, 'Umbrella', 'starter', 'health', 100, '2024-08-11'),
                      (5, 'Hooli', 'starter', 'software', 120, '2025-02-28')
                    ON CONFLICT (id) DO NOTHING""");
            s.execute("GRANT SELECT ON public.fx_customers TO dash_analyst, dash_engineer");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the agent test fixture", e);
        }
    }

    public static Object scalar(String sql) {
        try (Connection c = superuser(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Approved test queries left behind (a class that failed mid-way, an earlier run on the same database) would
     * answer other classes' questions on the fast path.
     */
    private static void forgetTestQueries(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM dash_internal.embeddings WHERE metadata ->> 'ref' IN (SELECT id FROM "
                    + "dash_internal.knowledge WHERE source = '" + TestKnowledge.SOURCE + "')");
            s.execute("DELETE FROM dash_internal.knowledge WHERE source = '" + TestKnowledge.SOURCE + "'");
        }
    }

    public static void execute(String sql) {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection superuser() throws SQLException {
        String db = System.getenv().getOrDefault("DASH_TEST_DATABASE", "dash_test");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db, "postgres",
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }
}
