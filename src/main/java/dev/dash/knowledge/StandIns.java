package dev.dash.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** STAND-IN helpers until main's knowledge code lands. */
public final class StandIns {

    private StandIns() {
    }

    public static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+"))
                .filter(w -> w.length() > 2).collect(Collectors.toSet());
    }

    public static String orQuery(String text) {
        String q = String.join(" | ", words(text));
        return q.isEmpty() ? "nothing" : q;
    }
}
