package dev.dash.cli;

import dev.dash.db.DataConfig;
import dev.dash.db.DbConfig;
import dev.dash.db.GrantsScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code grants [--no-engineer]}: prints the SQL a DBA runs on the company database; pipe it into psql. */
@Command(name = "grants", mixinStandardHelpOptions = true,
        description = "Print the SQL that creates Dash's two roles on the company database (DATA_DB_URL).")
public class GrantsCommand implements Runnable {

    @Option(names = "--no-engineer", description = "No schema for the Engineer: it stays off on this database.")
    boolean noEngineer;

    private final DbConfig db;
    private final DataConfig data;

    public GrantsCommand(DbConfig db, DataConfig data) {
        this.db = db;
        this.data = data;
    }

    @Override
    public void run() {
        System.out.print(GrantsScript.of(db, data, !noEngineer));
        System.out.flush();
    }
}
