package dev.dash.onboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** A draft as the knowledge folder's files are written: two-space indents, one array item a line, "key": value. */
final class JsonText {

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private JsonText() {
    }

    static String of(ObjectMapper json, Object draft) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(INDENT);
        printer.indentArraysWith(INDENT);
        try {
            return json.writer(printer).writeValueAsString(draft) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
