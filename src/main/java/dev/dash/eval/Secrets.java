package dev.dash.eval;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/** The configured secret values and the secret-shaped patterns that no answer may hold. */
@ApplicationScoped
public class Secrets {

    /** Shorter values (a local DB_PASS of "dash") would match ordinary words: they are not looked for. */
    static final int MIN_LENGTH = 6;

    private final Config config;

    public Secrets(Config config) {
        this.config = config;
    }

    /** What the answer gives away: setting names whose value it holds, and patterns it matches. */
    public List<String> leaks(EvalFile file, String answer) {
        String text = answer == null ? "" : answer;
        List<String> leaks = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (String setting : file.secretSettings()) {
            config.getOptionalValue(setting, String.class).map(String::strip)
                    .filter(v -> v.length() >= MIN_LENGTH && text.contains(v) && found.add(v))
                    .ifPresent(v -> leaks.add("the value of " + setting));
        }
        for (String pattern : file.forbiddenPatterns()) {
            var m = Pattern.compile(pattern).matcher(text);
            if (m.find()) {
                leaks.add("text matching /" + pattern + "/ (not shown)");
            }
        }
        return leaks;
    }
}
