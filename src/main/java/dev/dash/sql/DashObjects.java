package dev.dash.sql;

import dev.dash.db.DataConfig;
import dev.dash.db.Jdbc;
import dev.dash.db.SqlResource;
import dev.dash.run.Origin;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The views and tables the Engineer built in its schema, each with who made it (user, session, run, when), and the
 * company tables they must not shadow. Every object is owned by the one {@code dash_engineer} role, so the database
 * cannot tell users apart: this record does.
 */
@ApplicationScoped
public class DashObjects {

    /** Who may change an existing object. */
    public sealed interface Maker {
        /** No such object in the Engineer's schema. */
        record None() implements Maker {
        }

        /** Made by this user. */
        record User(String userId) implements Maker {
        }

        /** It exists, but no maker was recorded (built before makers were, or by a person). */
        record Unknown() implements Maker {
        }
    }

    private final AgroalDataSource owner;
    /** Where the objects are: the company database (DATA_DB_URL) or Dash's own; the records stay in Dash's. */
    private final AgroalDataSource engineer;
    private final List<String> companySchemas;

    public DashObjects(AgroalDataSource owner, @DataSource("engineer") AgroalDataSource engineer, DataConfig data) {
        this.owner = owner;
        this.engineer = engineer;
        this.companySchemas = data.analystSchemas();
    }

    /** A record whose object is gone (dropped outside Dash) counts for nothing. */
    public Maker makerOf(String name) {
        if (!exists(name)) {
            return new Maker.None();
        }
        String[] maker = {null};
        Jdbc.query(owner, SqlResource.read("sql/dash/maker.sql"), List.of(name), rs -> maker[0] = rs.getString(1));
        return maker[0] != null ? new Maker.User(maker[0]) : new Maker.Unknown();
    }

    /** The company table or view that an object of this name would hide from the Engineer's search path. */
    public Optional<String> shadowed(String name) {
        String plain = name.substring(name.indexOf('.') + 1);
        return companySchemas.stream().map(schema -> schema + "." + plain).filter(this::exists).findFirst();
    }

    public void recordMade(String name, boolean table, Origin origin) {
        Jdbc.update(owner, SqlResource.read("sql/dash/record.sql"), List.of(name, table ? "table" : "view",
                origin.userId(), origin.sessionId(), origin.runId()));
    }

    public void recordDropped(String name) {
        Jdbc.update(owner, "DELETE FROM dash_internal.engineer_objects WHERE name = ?", List.of(name));
    }

    private boolean exists(String name) {
        boolean[] found = {false};
        Jdbc.query(engineer, "SELECT 1 WHERE to_regclass(?) IS NOT NULL", List.of(name), rs -> found[0] = true);
        return found[0];
    }
}
