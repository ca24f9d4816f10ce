package dev.dash.session;

import dev.dash.db.DataConfig;
import dev.dash.db.EngineerSchema;
import dev.dash.db.Jdbc;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    private final EngineerSchema schema;

    @Inject
    public DropConfirmations(AgroalDataSource owner, DataConfig data) {
        this(owner, data.engineer());
    }

    DropConfirmations(AgroalDataSource owner, EngineerSchema schema) {
        this.owner = owner;
        this.schema = schema;
    }

    /** Whether the message confirms dropping or replacing something. */
    public static boolean confirms(String message) {
        return !named(message).isEmpty();
    }

    /**
     * Objects the message confirms dropping, as the confirmation table keeps them: lower-case, schema-qualified (in the
     * Engineer's schema when the message names none); empty unless it also says yes.
     */
    public Set<String> confirmedIn(String message) {
        Set<String> names = new LinkedHashSet<>();
        named(message).forEach(name -> names.add(schema.qualify(name)));
        return names;
    }

    private static List<String> named(String message) {
        if (!YES.matcher(message).find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Matcher drop = DROP.matcher(message);
        while (drop.find()) {
            names.add(drop.group(1));
        }
        return names;
    }

    public void recordFrom(String sessionId, String message) {
        for (String name : confirmedIn(message)) {
            Jdbc.update(owner, "INSERT INTO dash_internal.confirmations (session_id, object_name) VALUES (?, ?) "
                    + "ON CONFLICT DO NOTHING", List.of(sessionId, name));
        }
    }

    public boolean isConfirmed(String sessionId, String objectName) {
        return found("SELECT 1 FROM dash_internal.confirmations WHERE session_id = ? AND object_name = ?",
                List.of(sessionId, schema.qualify(objectName)));
    }

    private boolean found(String sql, List<?> params) {
        boolean[] found = {false};
        Jdbc.query(owner, sql, params, rs -> found[0] = true);
        return found[0];
    }
}
