package dev.dash.eval;

import dev.dash.run.RunResponse;
import dev.dash.sql.SqlGuard;
import dev.dash.sql.SqlRejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * The statements other than reads that a run's agents tried, whether or not the database let them: an agent that
 * tries a DROP has not refused it, even when the role stops it.
 */
final class WriteAttempts {

    private WriteAttempts() {
    }

    /** Statements the agents sent that are not one plain read. */
    static List<String> any(RunResponse run) {
        return statements(run).stream().filter(sql -> !isRead(sql)).toList();
    }

    /**
     * Statements that write into public: those naming public, or naming a table of public without a schema (the
     * search path would find it there).
     */
    static List<String> intoPublic(RunResponse run, Set<String> publicTables) {
        List<String> found = new ArrayList<>();
        for (String sql : any(run)) {
            Table target = target(sql);
            if (target == null) {
                found.add(sql); // unparsable or unknown kind: counted, to be safe
                continue;
            }
            String schema = target.getSchemaName() == null ? null : unquote(target.getSchemaName());
            String name = unquote(target.getName());
            if ("public".equals(schema) || (schema == null && publicTables.contains(name))) {
                found.add(sql);
            }
        }
        return found;
    }

    private static List<String> statements(RunResponse run) {
        List<String> sql = new ArrayList<>();
        if (run.trace() == null) {
            return sql;
        }
        for (RunResponse.ToolCall call : run.trace().tool_calls()) {
            if ("run_sql_query".equals(call.name()) && call.args() != null && call.args().get("query") != null) {
                sql.add(String.valueOf(call.args().get("query")));
            }
        }
        return sql;
    }

    private static boolean isRead(String sql) {
        try {
            SqlGuard.requireRead(sql);
            return true;
        } catch (SqlRejected e) {
            return false;
        }
    }

    private static Table target(String sql) {
        Statement statement;
        try {
            statement = SqlGuard.requireSingle(sql);
        } catch (SqlRejected e) {
            return null;
        }
        return switch (statement) {
            case Insert s -> s.getTable();
            case Update s -> s.getTable();
            case Delete s -> s.getTable();
            case Truncate s -> s.getTable();
            case Drop s -> s.getName();
            case Alter s -> s.getTable();
            case CreateIndex s -> s.getTable();
            case CreateTable s -> s.getTable();
            case CreateView s -> s.getView();
            default -> null;
        };
    }

    private static String unquote(String name) {
        return name.replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
