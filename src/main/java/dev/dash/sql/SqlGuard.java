package dev.dash.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Reads a statement before the database does, to refuse early with a clear message what is plainly not allowed.
 * The database roles remain the boundary: this is courtesy, not security.
 */
public final class SqlGuard {

    private static final Pattern FROM_OR_JOIN = Pattern.compile("(?i)\\b(?:from|join)\\s+([\\w.\"]+)");
    /**
     * Where JSqlParser parses, to keep its parse timeout: left to itself it starts and stops a thread for every
     * statement.
     */
    private static final ExecutorService PARSING = Executors.newVirtualThreadPerTaskExecutor();
    private static final Consumer<CCJSqlParser> AS_IS = parser -> { };

    private SqlGuard() {
    }

    /** A statement that parsed as exactly one read-only query. */
    public record ReadQuery(String sql, boolean hasLimit, Set<String> tables) {

        /** The query as the Analyst's runner sends it: with {@code defaultLimit} when it names no limit. */
        public String limited(int defaultLimit) {
            return hasLimit ? sql : sql + "\nLIMIT " + defaultLimit;
        }
    }

    /** Accepts exactly one SELECT/WITH statement without locking clauses, INTO, or data-modifying CTEs. */
    public static ReadQuery requireRead(String sql) {
        Statement statement = single(sql);
        if (!(statement instanceof Select select)) {
            throw new SqlRejected("Only a single SELECT or WITH query can run here; got "
                    + kind(statement) + ". This connection is read-only.");
        }
        for (WithItem<?> with : nullSafe(select.getWithItemsList())) {
            if (!(with.getParenthesedStatement() instanceof ParenthesedSelect)) {
                throw new SqlRejected("Data-modifying WITH clauses are not allowed: this connection is read-only.");
            }
        }
        if (select.getForMode() != null || select.getForClause() != null) {
            throw new SqlRejected("SELECT ... FOR UPDATE/SHARE locks rows and is not allowed on a read-only connection.");
        }
        if (select instanceof PlainSelect plain && plain.getIntoTables() != null && !plain.getIntoTables().isEmpty()) {
            throw new SqlRejected("SELECT ... INTO creates a table and is not allowed on a read-only connection.");
        }
        boolean limited = select.getLimit() != null || select.getFetch() != null;
        return new ReadQuery(strip(sql), limited, tables(statement));
    }

    /** Accepts one statement of any kind. */
    public static Statement requireSingle(String sql) {
        return single(sql);
    }

    /**
     * Accepts only text that the PostgreSQL driver, too, sends as one statement: it splits at semicolons by its own
     * reading of quotes and comments, which is the one that counts, whatever JSqlParser made of the text.
     */
    public static void requireOneForDriver(String sql) {
        try {
            if (org.postgresql.core.Parser.parseJdbcSql(strip(sql), true, false, true, false, false).size() != 1) {
                throw new SqlRejected("Run one statement at a time.");
            }
        } catch (java.sql.SQLException e) {
            throw new SqlRejected("The query does not parse as SQL: " + firstLine(e) + " Check its syntax.");
        }
    }

    /** Tables a statement reads or writes, lower-cased and without schema; read off FROM/JOIN when it does not parse. */
    public static Set<String> tablesIn(String sql) {
        try {
            return tables(CCJSqlParserUtil.parse(strip(sql), PARSING, AS_IS));
        } catch (JSQLParserException | RuntimeException e) {
            Set<String> names = new java.util.TreeSet<>();
            Matcher m = FROM_OR_JOIN.matcher(sql);
            while (m.find()) {
                String name = m.group(1).replace("\"", "");
                names.add(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    /** The statement text without trailing semicolons and white space. */
    public static String strip(String sql) {
        return sql.strip().replaceAll(";+\\s*$", "").strip();
    }

    private static Statement single(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new SqlRejected("The query is empty.");
        }
        Statements statements;
        try {
            statements = CCJSqlParserUtil.parseStatements(strip(sql), PARSING, AS_IS);
        } catch (JSQLParserException e) {
            throw new SqlRejected("The query does not parse as SQL: " + firstLine(e) + " Check its syntax.");
        }
        if (statements.size() != 1) {
            throw new SqlRejected("Run one statement at a time; got " + statements.size() + ".");
        }
        return statements.get(0);
    }

    private static Set<String> tables(Statement statement) {
        try {
            return new TablesNamesFinder<>().getTables(statement).stream()
                    .map(t -> t.substring(t.lastIndexOf('.') + 1).replace("\"", "").toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    static String kind(Statement statement) {
        return statement.getClass().getSimpleName().toUpperCase(Locale.ROOT);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        return message.lines().findFirst().orElse("").strip();
    }
}
