package dev.dash.testsupport;

import dev.dash.db.DataConfig;
import dev.dash.db.DbConfig;
import dev.dash.db.GrantsScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The public Chinook database (a music store nobody on this team designed; MIT licence beside the script in
 * src/test/resources/datasets/chinook), loaded as the superuser into a database of its own next to the test
 * database: {@code <test database>_chinook}, dropped and created again by {@link #recreate()}. Nobody but the
 * superuser may read it until {@link #grant} runs the script a DBA gets from {@code ./dash grants}.
 */
public final class ChinookDatabase {

    public static final String NAME = System.getenv().getOrDefault("DASH_TEST_DATABASE", "dash_test") + "_chinook";
    private static final String SCRIPT = "datasets/chinook/Chinook_PostgreSql.sql";
    /** The script creates and enters a database named chinook first; the test's database replaces that part. */
    private static final String AFTER_CONNECT = "\\c chinook;";

    private ChinookDatabase() {
    }

    public static synchronized void recreate() {
        Superuser.recreateDatabase(NAME);
        String script = script();
        execute(script.substring(script.indexOf(AFTER_CONNECT) + AFTER_CONNECT.length()) + ";\nANALYZE;");
    }

    /** The DBA's step: the grants script for the running service's configuration, run as the superuser. */
    public static void grant(DbConfig db, DataConfig data) {
        execute(GrantsScript.of(db, data, true));
    }

    /** Runs a statement as the superuser in the Chinook database (a test that changes its data or comments). */
    public static void execute(String sql) {
        Superuser.execute(NAME, sql);
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
}
