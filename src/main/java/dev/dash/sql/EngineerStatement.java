package dev.dash.sql;

import dev.dash.db.EngineerSchema;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * What the Engineer may run, read before the database sees it: a query, CREATE [OR REPLACE] VIEW, CREATE TABLE … AS,
 * INSERT INTO a table, and DROP VIEW/TABLE of one object without CASCADE, each on one object of the Engineer's schema.
 * Everything else (DELETE, UPDATE, TRUNCATE, ALTER, GRANT, functions, DO, COPY, …) is refused: the Engineer builds, it
 * does not administer. Whose object it is, and whether a drop was confirmed, the caller decides from {@link #target()}.
 */
public record EngineerStatement(Kind kind, String target, boolean orReplace) {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");
    static final String ALLOWED = "The Engineer runs only SELECT, CREATE [OR REPLACE] VIEW, CREATE TABLE ... AS "
            + "SELECT, INSERT INTO its own tables and confirmed DROP VIEW/TABLE, one statement at a time, in its own "
            + "schema";

    public enum Kind {
        READ, CREATE_VIEW, CREATE_TABLE_AS, INSERT, DROP;

        public boolean creates() {
            return this == CREATE_VIEW || this == CREATE_TABLE_AS;
        }

        /** Whether EXPLAIN takes it, so the cost guard can read its plan (a view's definition runs only when read). */
        public boolean planned() {
            return this == READ || this == CREATE_TABLE_AS || this == INSERT;
        }
    }

    /** Classifies one statement, or refuses it with what is allowed instead; objects must be in {@code schema}. */
    public static EngineerStatement of(String sql, EngineerSchema schema) {
        Statement statement = SqlGuard.requireSingle(sql);
        return switch (statement) {
            case Select select -> {
                SqlGuard.requireRead(sql);
                yield new EngineerStatement(Kind.READ, null, false);
            }
            case CreateView view -> view(view, schema);
            case CreateTable table -> tableAs(table, schema);
            case Insert insert -> insert(insert, schema);
            case Drop drop -> drop(drop, sql, schema);
            default -> throw refused(SqlGuard.kind(statement));
        };
    }

    private static EngineerStatement view(CreateView view, EngineerSchema schema) {
        if (view.isMaterialized() || view.getTemporary() != null && !"NONE".equals(view.getTemporary().name())) {
            throw refused("a materialized or temporary view");
        }
        return new EngineerStatement(Kind.CREATE_VIEW, inSchema(view.getView(), schema), view.isOrReplace());
    }

    private static EngineerStatement tableAs(CreateTable table, EngineerSchema schema) {
        List<String> options = table.getCreateOptionsStrings() == null ? List.of() : table.getCreateOptionsStrings();
        if (table.getSelect() == null || !options.isEmpty()) {
            throw refused("CREATE TABLE without AS SELECT, or a temporary or unlogged table");
        }
        requireReadOnly(table.getSelect());
        return new EngineerStatement(Kind.CREATE_TABLE_AS, inSchema(table.getTable(), schema), false);
    }

    private static EngineerStatement insert(Insert insert, EngineerSchema schema) {
        if (insert.getConflictAction() != null || insert.getDuplicateUpdateSets() != null) {
            throw refused("INSERT ... ON CONFLICT");
        }
        if (insert.getWithItemsList() != null) {
            insert.getWithItemsList().forEach(EngineerStatement::requireReadOnly);
        }
        if (insert.getSelect() != null) {
            requireReadOnly(insert.getSelect());
        }
        return new EngineerStatement(Kind.INSERT, inSchema(insert.getTable(), schema), false);
    }

    private static EngineerStatement drop(Drop drop, String sql, EngineerSchema schema) {
        String type = String.valueOf(drop.getType()).toUpperCase(Locale.ROOT);
        if (!type.equals("VIEW") && !type.equals("TABLE")) {
            throw refused("DROP " + type);
        }
        if (drop.getParameters() != null && drop.getParameters().stream()
                .anyMatch(p -> p.equalsIgnoreCase("CASCADE"))) {
            throw new SqlRejected("DROP ... CASCADE would drop what others built on this object: drop it alone.");
        }
        if (drop.getName() == null || sql.contains(",")) {
            throw new SqlRejected("Drop one object per statement.");
        }
        return new EngineerStatement(Kind.DROP, inSchema(drop.getName(), schema), false);
    }

    private static void requireReadOnly(Select select) {
        if (select.getWithItemsList() != null) {
            select.getWithItemsList().forEach(EngineerStatement::requireReadOnly);
        }
    }

    private static void requireReadOnly(WithItem<?> with) {
        if (!(with.getParenthesedStatement() instanceof ParenthesedSelect)) {
            throw new SqlRejected("Data-modifying WITH clauses are not allowed: " + ALLOWED + ".");
        }
    }

    private static String inSchema(Table table, EngineerSchema schema) {
        String raw = table.getFullyQualifiedName();
        String name = schema.qualify(raw);
        if (!schema.holds(name)) {
            throw new SqlRejected("The Engineer builds only in the " + schema.name() + " schema; got " + name + ".");
        }
        // A quoted name keeps its case, so "Plans" and plans are two objects that one record could not tell apart.
        if (!PLAIN_NAME.matcher(name).matches() || raw.contains("\"") && !raw.replace("\"", "").equals(
                raw.replace("\"", "").toLowerCase(Locale.ROOT))) {
            throw new SqlRejected("Name objects in lower-case snake_case (" + schema.example() + "); got " + raw
                    + ".");
        }
        return name;
    }

    private static SqlRejected refused(String what) {
        return new SqlRejected("Not allowed: " + what + ". " + ALLOWED + ".");
    }
}
