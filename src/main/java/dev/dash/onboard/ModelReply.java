package dev.dash.onboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dash.knowledge.files.QueryFileParser.ParsedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the model's JSON reply item by item: an item that lacks a field or has one of the wrong type is left out with a
 * note, and the rest is kept; a reply that holds no JSON object is one note.
 */
final class ModelReply {

    private ModelReply() {
    }

    static ModelDrafts read(ObjectMapper json, String reply) {
        ModelDrafts drafts = ModelDrafts.empty();
        int start = reply == null ? -1 : reply.indexOf('{');
        int end = reply == null ? -1 : reply.lastIndexOf('}');
        JsonNode root;
        try {
            root = start < 0 || end < start ? null : json.readTree(reply.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            drafts.unreadable().add("the model's reply holds no JSON object: " + abbreviated(reply));
            return drafts;
        }
        for (JsonNode item : items(root, "tables", drafts)) {
            if (text(item, "table") && text(item, "description")) {
                drafts.tables().put(item.get("table").asText(), item.get("description").asText().strip());
            } else {
                drafts.unreadable().add("a table description without table or description: " + item);
            }
        }
        for (JsonNode item : items(root, "columns", drafts)) {
            if (text(item, "table") && text(item, "column") && text(item, "description")) {
                drafts.columns().put(ModelDrafts.column(item.get("table").asText(), item.get("column").asText()),
                        item.get("description").asText().strip());
            } else {
                drafts.unreadable().add("a column description without table, column or description: " + item);
            }
        }
        for (JsonNode item : items(root, "terms", drafts)) {
            List<String> words = strings(item.get("synonyms"));
            if (text(item, "term") && words != null) {
                drafts.synonyms().computeIfAbsent(item.get("term").asText(), t -> new ArrayList<>()).addAll(words);
            } else {
                drafts.unreadable().add("a term without term or a list of synonyms: " + item);
            }
        }
        for (JsonNode item : items(root, "queries", drafts)) {
            List<String> questions = strings(item.get("questions"));
            if (text(item, "name") && text(item, "description") && text(item, "sql") && questions != null) {
                drafts.queries().add(new ParsedQuery(item.get("name").asText().strip(),
                        item.get("description").asText().strip(), questions, item.get("sql").asText().strip()));
            } else {
                drafts.unreadable().add("a query without name, description, questions or sql: " + item);
            }
        }
        return drafts;
    }

    private static List<JsonNode> items(JsonNode root, String field, ModelDrafts drafts) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            drafts.unreadable().add("\"" + field + "\" is not a list");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static boolean text(JsonNode item, String field) {
        return item.isObject() && item.path(field).isTextual() && !item.get(field).asText().isBlank();
    }

    /** The non-blank strings of a list, or null when it is no list of strings. */
    private static List<String> strings(JsonNode node) {
        if (node == null || !node.isArray()) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                return null;
            }
            if (!item.asText().isBlank()) {
                strings.add(item.asText().strip());
            }
        }
        return strings;
    }

    private static String abbreviated(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
