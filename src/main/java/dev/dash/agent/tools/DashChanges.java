package dev.dash.agent.tools;

import dev.dash.agent.runtime.RunContext;
import dev.dash.run.Origin;
import dev.dash.session.DropConfirmations;
import dev.dash.sql.DashObjects;
import dev.dash.sql.DashObjects.Maker;
import dev.dash.sql.EngineerStatement;
import dev.dash.sql.EngineerStatement.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Whether a run may make the change an Engineer statement asks for: no company table shadowed, nobody else's object
 * replaced, filled or dropped, and the user's own objects replaced or dropped only after they confirmed it.
 */
@ApplicationScoped
public class DashChanges {

    private final DashObjects objects;
    private final DropConfirmations confirmations;

    public DashChanges(DashObjects objects, DropConfirmations confirmations) {
        this.objects = objects;
        this.confirmations = confirmations;
    }

    /** Why the run may not run this statement; empty when it may. */
    public Optional<String> refusal(EngineerStatement statement, RunContext run) {
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
    public void ran(EngineerStatement statement, Origin origin) {
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
