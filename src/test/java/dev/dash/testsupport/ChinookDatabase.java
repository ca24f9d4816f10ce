package dev.dash.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The public Chinook database (a music store nobody on this team designed; MIT licence beside the script in
 * src/test/resources/datasets/chinook), loaded as the superuser into a database of its own next to the test
 * database: {@code <test database>_chinook}, dropped and created again by {@link #recreate()}.
 */
public final class ChinookDatabase {

    public static final String NAME = System.getenv().getOrDefault("DASH_TEST_DATABASE", "dash_test") + "_chinook";
    private static final String SCRIPT = "datasets/chinook/Chinook_PostgreSql.sql";
    /** The script creates and enters a database named chinook first; the test's database replaces that part. */
    private static final String AFTER_CONNECT = "\\c chinook;";

    private ChinookDatabase() {
    }

    public static synchronized void recreate() {
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + NAME, e);
        }
        String script = script();
        try (Connection c = superuser(NAME); Statement s = c.createStatement()) {
            s.execute(script.substring(script.indexOf(AFTER_CONNECT) + AFTER_CONNECT.length()));
            // A test database of its own: every role may read it (the DBA's grants are another issue's subject).
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC");
            s.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load Chinook into " + NAME, e);
        }
    }

    /** Runs a statement as the superuser in the Chinook database (a test that changes its data or comments). */
    public static void execute(String sql) {
        try (Connection c = superuser(NAME); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String script() {
        try (InputStream in = ChinookDatabase.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("No " + SCRIPT + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres",
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }
}
