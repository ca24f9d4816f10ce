package dev.dash.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Another service setting up the shared roles at the same moment makes PostgreSQL refuse an ALTER ROLE with "tuple
 * concurrently updated": role setup tries again and succeeds; any other failure is not retried.
 */
@QuarkusTest
class RoleSetupTest {

    @Inject
    RoleSetup roles;

    @Inject
    AgroalDataSource owner;

    @Inject
    DbConfig config;

    @Test
    void aRoleChangedByAnotherServiceAtTheSameMomentIsTriedAgain() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        try (Connection c = owner.getConnection(); Statement real = c.createStatement()) {
            Statement racing = refusingAlterRole(real, 2, "ERROR: tuple concurrently updated", refused);
            List<String> problems = new ArrayList<>();
            roles.ensure(racing, DatabaseSetup.LoginRights.of(c), problems);
            assertThat(refused).hasValue(2);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void otherFailuresAreNotRetried() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        try (Connection c = owner.getConnection(); Statement real = c.createStatement()) {
            Statement failing = refusingAlterRole(real, 5, "ERROR: permission denied to alter role", refused);
            assertThatThrownBy(() -> roles.ensure(failing, DatabaseSetup.LoginRights.of(c), new ArrayList<>()))
                    .hasMessageContaining("permission denied");
            assertThat(refused).hasValue(1);
        }
    }

    @Test
    void rolePasswordsReachTheServerOnlyAsScramVerifiers() throws Exception {
        List<String> sent = new ArrayList<>();
        try (Connection c = owner.getConnection(); Statement real = c.createStatement()) {
            Statement recording = (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(),
                    new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                        if (args != null && args.length > 0 && args[0] instanceof String sql) {
                            sent.add(sql);
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            roles.ensure(recording, DatabaseSetup.LoginRights.of(c), new ArrayList<>());
        }

        // Counted, not shown: a failing assertion must not print the passwords into the test report.
        List<String> withPassword = sent.stream().filter(sql -> sql.contains("PASSWORD")).toList();
        assertThat(withPassword).as("ALTER/CREATE ROLE statements with a password").hasSize(2);
        assertThat(withPassword.stream().filter(sql -> sql.contains("PASSWORD 'SCRAM-SHA-256$4096:")).count())
                .as("of them, statements that send a SCRAM-SHA-256 verifier").isEqualTo(2);
        assertThat(sent.stream().filter(sql -> sql.contains(config.analystPassword())
                || sql.contains(config.engineerPassword())).count()).as("statements carrying a clear password").isZero();
    }

    /** The real statement, except that its first {@code times} ALTER ROLE statements fail with this message. */
    private static Statement refusingAlterRole(Statement real, int times, String message, AtomicInteger refused) {
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("execute") && String.valueOf(args[0]).startsWith("ALTER ROLE")
                            && refused.get() < times) {
                        refused.incrementAndGet();
                        throw new SQLException(message, "XX000");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
