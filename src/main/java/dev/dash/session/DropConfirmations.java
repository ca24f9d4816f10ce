package dev.dash.session;

import dev.dash.db.Jdbc;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's explicit go-ahead for dropping or replacing an object, per session. A message confirms when it says yes
 * (or confirm, go ahead) and names what to drop or replace: "yes, drop dash.old_view", "yes, replace dash.monthly_mrr".
 * Nothing else counts, so the rule stays predictable.
 */
@ApplicationScoped
public class DropConfirmations {

    private static final Pattern YES = Pattern.compile("\\b(yes|yep|confirm(ed)?|go ahead)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile(
            "\\b(?:drop|replace)\\s+(?:(?:materialized\\s+)?view\\s+|table\\s+)?(?:if\\s+exists\\s+)?\"?([a-z_][\\w]*(?:\"?\\.\"?[a-z_][\\w]*)?)",
            Pattern.CASE_INSENSITIVE);

    private final AgroalDataSource owner;

    public DropConfirmations(AgroalDataSource owner) {
        this.owner = owner;
    }

    /** Objects the message confirms dropping; empty unless it also says yes. */
    public static Set<String> confirmedIn(String message) {
        Set<String> names = new LinkedHashSet<>();
        if (!YES.matcher(message).find()) {
            return names;
        }
        Matcher drop = DROP.matcher(message);
        while (drop.find()) {
            names.add(normalize(drop.group(1)));
        }
        return names;
    }

    /** An object name as the confirmation table keeps it: lower-case, schema-qualified (dash by default). */
    public static String normalize(String name) {
        String plain = name.replace("\"", "").toLowerCase(Locale.ROOT).strip();
        return plain.contains(".") ? plain : "dash." + plain;
    }

    public void recordFrom(String sessionId, String message) {
        for (String name : confirmedIn(message)) {
            Jdbc.update(owner, "INSERT INTO dash_internal.confirmations (session_id, object_name) VALUES (?, ?) "
                    + "ON CONFLICT DO NOTHING", List.of(sessionId, name));
        }
    }

    public boolean isConfirmed(String sessionId, String objectName) {
        return found("SELECT 1 FROM dash_internal.confirmations WHERE session_id = ? AND object_name = ?",
                List.of(sessionId, normalize(objectName)));
    }

    private boolean found(String sql, List<?> params) {
        boolean[] found = {false};
        Jdbc.query(owner, sql, params, rs -> found[0] = true);
        return found[0];
    }
}
