package dev.dash.knowledge;

/** How an entry reads in a prompt: its name and content, and for a query its SQL. */
final class EntryText {

    private EntryText() {
    }

    static String of(KnowledgeEntry e) {
        String head = switch (e.kind()) {
            case "query" -> e.name() + " — " + e.content() + (e.questions().isEmpty() ? ""
                    : " (answers: " + String.join(" / ", e.questions()) + ")");
            case "table", "view" -> e.name() + ": " + e.content();
            case "doc", "metric" -> e.name() + ": " + e.content();
            default -> e.content();
        };
        return e.sql() == null ? head : head + "\n```sql\n" + e.sql().strip() + "\n```";
    }
}
