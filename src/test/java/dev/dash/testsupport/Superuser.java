package dev.dash.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The local PostgreSQL superuser, as a DBA would act on a database next to the test database. */
public final class Superuser {

    private Superuser() {
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres",
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    /** Runs SQL as the superuser (psql's own commands, lines starting with \, left out: the grants script has some). */
    public static void execute(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql.replaceAll("(?m)^\\\\.*$", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("As the superuser on " + database + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database if it exists and creates it empty. */
    public static void recreateDatabase(String database) {
        execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        execute("postgres", "CREATE DATABASE " + database);
    }
}
