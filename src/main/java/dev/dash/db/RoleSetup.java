package dev.dash.db;

import dev.dash.db.DatabaseSetup.LoginRights;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The two agent roles, created or brought up to date: login, password, no extra rights, their timeouts. Roles belong
 * to the whole server, so a replica or another database's service doing the same at the same moment makes PostgreSQL
 * refuse one ALTER ROLE ("tuple concurrently updated"); the other's change is the same, so the step is tried again.
 */
@ApplicationScoped
public class RoleSetup {

    private static final List<String> ROLES = List.of("dash_analyst", "dash_engineer");

    private final DbConfig config;
    private final DataConfig data;

    public RoleSetup(DbConfig config, DataConfig data) {
        this.config = config;
        this.data = data;
    }

    /** Another service changed a role at the same moment. */
    public static final class RolesRaced extends SQLException {
        RolesRaced(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause);
        }
    }

    @Retry(retryOn = RolesRaced.class, maxRetries = 3, delay = 200, jitter = 100)
    public void ensure(Statement s, LoginRights rights, List<String> problems) throws SQLException {
        try {
            ensureRoles(s, rights, problems);
        } catch (SQLException e) {
            throw String.valueOf(e.getMessage()).contains("concurrently updated") ? new RolesRaced(e) : e;
        }
    }

    private void ensureRoles(Statement s, LoginRights rights, List<String> problems) throws SQLException {
        if (!rights.canManageRoles()) {
            for (String role : ROLES) {
                if (!exists(s, role)) {
                    throw new SQLException("Role " + role + " does not exist and the login "
                            + "cannot create it: run `./dash up`, or grant CREATEROLE to the service's login");
                }
            }
            problems.add("role defaults and passwords are not managed: the login lacks CREATEROLE");
            return;
        }
        createOrUpdate(s, "dash_analyst", config.analystPassword(), rights.superuser());
        createOrUpdate(s, "dash_engineer", config.engineerPassword(), rights.superuser());
        DatabaseSetup.execute(s, SqlResource.statements("db/setup/roles.sql", Map.of(
                "analystStatementTimeout", config.analystStatementTimeout(),
                "analystWorkMem", config.analystWorkMem(),
                "engineerStatementTimeout", config.engineerStatementTimeout(),
                "analystSearchPath", GrantsScript.searchPath(data.readSchemas()),
                "engineerSearchPath", GrantsScript.searchPath(data.engineerSearchPath()))));
    }

    private static void createOrUpdate(Statement s, String role, String password, boolean superuser)
            throws SQLException {
        // PostgreSQL 15 and older let only a superuser name SUPERUSER, REPLICATION or BYPASSRLS in ALTER ROLE,
        // even to switch them off; a new role is created without them, so a CREATEROLE login leaves them out.
        // The verifier, never the password: the statement text can reach the server's log and pg_stat_activity.
        String attributes = "LOGIN NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD " + quote(ScramVerifier.of(password));
        String superuserOnly = " NOSUPERUSER NOREPLICATION NOBYPASSRLS";
        boolean exists = exists(s, role);
        s.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " " + attributes
                + (exists && !superuser ? "" : superuserOnly));
    }

    /** Whether the role exists (role is one of ours, a fixed name). */
    private static boolean exists(Statement s, String role) throws SQLException {
        try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            return rs.next();
        }
    }

    private static String quote(String literal) {
        return "'" + literal.replace("'", "''") + "'";
    }
}
