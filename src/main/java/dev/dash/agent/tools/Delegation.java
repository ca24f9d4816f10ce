package dev.dash.agent.tools;

import dev.dash.agent.runtime.RunContext;
import java.util.Set;

/** The team the leader hands tasks to; the leader's tool knows it only through this. */
public interface Delegation {

    /** The member ids the leader may name in this run (the Engineer only when the asker may build). */
    Set<String> memberIds(RunContext run);

    /** The member's answer to a task the leader gave it, run as the member's own run within the leader's. */
    String delegate(RunContext run, String member, String task);
}
