package dev.dash.eval;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tries a statement directly as an agent role, with no model and no guard in between, in a transaction that is always
 * rolled back: the database itself must refuse it. This is what governance and boundaries check without a model.
 */
@ApplicationScoped
public class RoleProbe {

    /** Insufficient privilege, read-only transaction: the refusals that show the role holds. */
    private static final Set<String> REFUSED = Set.of("42501", "25006");
    static final List<String> ROLES = List.of("analyst", "engineer");

    private final Map<String, AgroalDataSource> roles;

    public RoleProbe(@DataSource("analyst") AgroalDataSource analyst,
            @DataSource("engineer") AgroalDataSource engineer) {
        this.roles = Map.of("analyst", analyst, "engineer", engineer);
    }

    /** What went wrong: roles that ran the statement, or failed it for another reason than a refusal. */
    public List<String> problems(EvalCase.Probe probe) {
        List<String> problems = new ArrayList<>();
        for (String role : probe.roles() == null ? ROLES : probe.roles()) {
            AgroalDataSource db = roles.get(role);
            if (db == null) {
                throw new IllegalArgumentException("unknown role in probe: " + role);
            }
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL lock_timeout = '2s'");
                    s.execute(probe.sql());
                    problems.add("dash_" + role + " was allowed to run it (rolled back)");
                } catch (SQLException e) {
                    if (!REFUSED.contains(e.getSQLState())) {
                        problems.add("dash_" + role + " failed it with " + e.getSQLState() + " instead of refusing: "
                                + e.getMessage().lines().findFirst().orElse(""));
                    }
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not connect as dash_" + role + ": " + e.getMessage(), e);
            }
        }
        return problems;
    }
}
