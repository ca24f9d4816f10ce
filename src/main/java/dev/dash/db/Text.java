package dev.dash.db;

import java.util.regex.Pattern;

/** Text as PostgreSQL can store it: no NUL characters (text and jsonb refuse them) and no other control characters. */
public final class Text {

    private static final Pattern UNSTORABLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private Text() {
    }

    public static String storable(String text) {
        return text == null ? null : UNSTORABLE.matcher(text).replaceAll("");
    }
}
