package dev.dash.auth;

import dev.dash.db.SqlResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope each endpoint needs in prd, read from {@code auth/scopes.txt}: fail-closed, so a route and method no rule
 * names is {@link #NONE} (refused), and HEAD needs what GET needs.
 */
@ApplicationScoped
public class ScopeRules {

    public static final String OPEN = "open";
    public static final String TOKEN = "token";
    /** No rule names this route and method: refused. */
    public static final String NONE = "none";

    private final List<Rule> rules = SqlResource.read("auth/scopes.txt").lines().map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(Rule::parse).toList();

    /** The scope {@code method path} needs: a scope, {@link #OPEN}, {@link #TOKEN} or {@link #NONE}. */
    public String required(String method, String path) {
        String verb = "HEAD".equalsIgnoreCase(method) ? "GET" : method;
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Rule rule : rules) {
            if (rule.method.equals("*") || rule.method.equalsIgnoreCase(verb)) {
                Matcher m = rule.path.matcher(normalized);
                if (m.matches()) {
                    return rule.scope.contains("{id}") ? rule.scope.replace("{id}", m.group("id")) : rule.scope;
                }
            }
        }
        return NONE;
    }

    private record Rule(String method, Pattern path, String scope) {

        static Rule parse(String line) {
            String[] cols = line.split("\\s+");
            if (cols.length != 3) {
                throw new IllegalStateException("auth/scopes.txt: expected METHOD PATH SCOPE in: " + line);
            }
            StringBuilder regex = new StringBuilder();
            for (String segment : cols[1].split("/", -1)) {
                if (!regex.isEmpty() || !segment.isEmpty()) {
                    regex.append('/');
                }
                if (segment.equals("**")) {
                    regex.setLength(regex.length() - 1);
                    regex.append("(?:/.*)?");
                } else if (segment.equals("{id}")) {
                    regex.append("(?<id>[^/]+)");
                } else if (segment.startsWith("{")) {
                    regex.append("[^/]+");
                } else {
                    regex.append(Pattern.quote(segment));
                }
            }
            return new Rule(cols[0], Pattern.compile(regex.isEmpty() ? "/" : regex.toString()), cols[2]);
        }
    }
}
