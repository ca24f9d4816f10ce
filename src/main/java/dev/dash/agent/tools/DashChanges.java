package dev.dash.agent.tools;

import dev.dash.agent.runtime.RunContext;
import dev.dash.agent.runtime.ToolResult;
import dev.dash.db.ClusterLock;
import dev.dash.run.Origin;
import dev.dash.session.DropConfirmations;
import dev.dash.sql.DashObjects;
import dev.dash.sql.DashObjects.Maker;
import dev.dash.sql.EngineerStatement;
import dev.dash.sql.EngineerStatement.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether a run may make the change an Engineer statement asks for: no company table shadowed, nobody else's object
 * replaced, filled or dropped, and the user's own objects replaced or dropped only after they confirmed it.
 */
@ApplicationScoped
public class DashChanges {

    private final DashObjects objects;
    private final DropConfirmations confirmations;
    private final ClusterLock locks;

    public DashChanges(DashObjects objects, DropConfirmations confirmations, ClusterLock locks) {
        this.objects = objects;
        this.confirmations = confirmations;
        this.locks = locks;
    }

    /**
     * Runs the statement if the run may, and records what it made or dropped. Deciding, running and recording hold the
     * object's name in a lock every replica sees, so two users cannot both find a name free and both build on it.
     */
    public ToolResult apply(EngineerStatement statement, RunContext run, Supplier<ToolResult> execute) {
        if (statement.kind() == Kind.READ) {
            return execute.get();
        }
        return locks.holding("dash-object:" + statement.target(), () -> {
            Optional<String> refusal = refusal(statement, run);
            if (refusal.isPresent()) {
                return ToolResult.failed(refusal.get());
            }
            ToolResult result = execute.get();
            if (result.ok()) {
                ran(statement, run.origin());
            }
            return result;
        });
    }

    /** Why the run may not run this statement; empty when it may. */
    private Optional<String> refusal(EngineerStatement statement, RunContext run) {
        if (statement.kind() == Kind.READ) {
            return Optional.empty();
        }
        String name = statement.target();
        if (statement.kind().creates()) {
            Optional<String> shadowed = objects.shadowed(name);
            if (shadowed.isPresent()) {
                return Optional.of("Refused: " + name + " would hide the company table " + shadowed.get()
                        + " from every query that names it without a schema. Choose another name, e.g. " + name
                        + "_summary.");
            }
        }
        Maker maker = objects.makerOf(name);
        String user = run.origin().userId();
        if (maker instanceof Maker.None) {
            return statement.kind() == Kind.INSERT
                    ? Optional.of("Refused: insert only into a table you created with CREATE TABLE ... AS.")
                    : Optional.empty();
        }
        if (!(maker instanceof Maker.User made) || !made.userId().equals(user)) {
            return Optional.of("Refused: " + name + (maker instanceof Maker.User
                    ? " was built by another user; only they can change or drop it."
                    : " was not built by Dash for you (no maker is recorded), so it cannot be changed or dropped here.")
                    + " Build a new object under another name instead.");
        }
        return unconfirmed(statement, run.origin());
    }

    /** Records what a statement that ran made or dropped. */
    private void ran(EngineerStatement statement, Origin origin) {
        if (statement.kind().creates()) {
            objects.recordMade(statement.target(), statement.kind() == Kind.CREATE_TABLE_AS, origin);
        } else if (statement.kind() == Kind.DROP) {
            objects.recordDropped(statement.target());
        }
    }

    private Optional<String> unconfirmed(EngineerStatement statement, Origin origin) {
        String verb = statement.kind() == Kind.DROP ? "drop" : statement.orReplace() ? "replace" : null;
        if (verb == null || confirmations.isConfirmed(origin.sessionId(), statement.target())) {
            return Optional.empty();
        }
        return Optional.of("Refused: " + (verb.equals("drop") ? "dropping " : "replacing ") + statement.target()
                + " needs the user's explicit confirmation in this conversation. Ask the user to reply: yes, " + verb
                + " " + statement.target());
    }
}
