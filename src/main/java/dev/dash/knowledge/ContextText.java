package dev.dash.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** STAND-IN until main's knowledge code lands: renders entries citing their refs. */
final class ContextText {

    private ContextText() {
    }

    static String render(List<ContextPack.Entry> entries) {
        return entries.stream().map(e -> "[" + e.ref() + "] " + e.text()).collect(Collectors.joining("\n"));
    }
}
