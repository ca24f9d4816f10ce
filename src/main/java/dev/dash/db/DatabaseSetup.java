package dev.dash.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Brings the database to the shape the service needs, in order: the superuser-only steps when the login can take them,
 * the two agent roles, the migrations, and the Engineer's schema with its grants and default privileges. What it could
 * not do is reported, not hidden.
 */
@ApplicationScoped
public class DatabaseSetup {

    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class);

    private final AgroalDataSource owner;
    private final AgroalDataSource engineer;
    private final Flyway flyway;
    private final DbConfig config;
    private final DatabaseStatus status;
    private final RoleSetup roles;
    private final boolean dataHere;
    private final String schemaName;
    private final Map<String, String> engineerSchema;

    public DatabaseSetup(AgroalDataSource owner, @DataSource("engineer") AgroalDataSource engineer, Flyway flyway,
            DbConfig config, DatabaseStatus status, RoleSetup roles, DataConfig data) {
        this.dataHere = data.url().isEmpty();
        this.schemaName = data.engineer().name();
        this.engineerSchema = Map.of("schema", Identifiers.quote(schemaName));
        this.owner = owner;
        this.engineer = engineer;
        this.flyway = flyway;
        this.config = config;
        this.status = status;
        this.roles = roles;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (config.setupAtStart()) {
            setUp();
        }
    }

    public void setUp() {
        try {
            List<String> problems = new ArrayList<>();
            try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
                LoginRights rights = LoginRights.of(c);
                if (rights.superuser()) {
                    execute(s, SqlResource.statements("db/setup/superuser.sql", Map.of()));
                }
                requireVector(s);
                roles.ensure(s, rights, problems);
            }
            flyway.migrate();
            if (dataHere) { // elsewhere (DATA_DB_URL), the DBA's grants script does the same on the company database
                engineerSchema();
            }
            try (Connection c = owner.getConnection(); Statement s = c.createStatement();
                    var rs = s.executeQuery(SqlResource.read("db/setup/hardening-check.sql"))) {
                while (rs.next()) {
                    problems.add(rs.getString(1) + ": run `./dash up` with a local superuser, or migrate once as a superuser");
                }
            }
            problems.forEach(p -> LOG.warnf("Database hardening incomplete: %s", p));
            status.ready(problems);
        } catch (SQLException | RuntimeException e) {
            status.failed(e.getMessage());
            throw new DatabaseSetupException(e);
        }
    }

    /**
     * The Engineer's schema, created with the grants `./dash grants` prints when it does not exist yet (a migration
     * made dash; another configured name is made here); the Engineer sets its own default privileges there.
     */
    private void engineerSchema() throws SQLException {
        boolean[] exists = {false};
        Jdbc.query(owner, "SELECT 1 FROM pg_namespace WHERE nspname = ?", List.of(schemaName), rs -> exists[0] = true);
        if (!exists[0]) {
            try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
                execute(s, SqlResource.statements("db/grants/engineer-schema.sql", engineerSchema));
            }
        }
        try (Connection c = engineer.getConnection(); Statement s = c.createStatement()) {
            execute(s, SqlResource.statements("db/grants/engineer-defaults.sql", engineerSchema));
        }
    }

    private static void requireVector(Statement s) throws SQLException {
        try (var rs = s.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'vector'")) {
            if (!rs.next()) {
                throw new SQLException("The pgvector extension is not installed in this database. Run `./dash up` "
                        + "(it installs it with a local superuser), or as a superuser: "
                        + "CREATE EXTENSION vector SCHEMA dash_internal");
            }
        }
    }

    static void execute(Statement s, List<String> statements) throws SQLException {
        for (String sql : statements) {
            s.execute(sql);
        }
    }

    record LoginRights(boolean superuser, boolean createRole) {
        static LoginRights of(Connection c) throws SQLException {
            try (var s = c.createStatement();
                    var rs = s.executeQuery("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
                rs.next();
                return new LoginRights(rs.getBoolean(1), rs.getBoolean(2));
            }
        }

        boolean canManageRoles() {
            return superuser || createRole;
        }
    }

    /** Setup failed: the message says what to do. */
    public static class DatabaseSetupException extends RuntimeException {
        DatabaseSetupException(Exception cause) {
            super("Database setup failed: " + cause.getMessage(), cause);
        }
    }
}
