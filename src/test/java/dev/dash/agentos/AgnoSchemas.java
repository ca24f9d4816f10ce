package dev.dash.agentos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * agno's AgentOS response models (src/test/resources/agentos/agno-schemas.json, transcribed from agno's
 * os/schema.py) and a check of a JSON body against one: every required field there, every field declared (or one of
 * the extensions named), every value of its declared type; datetimes in ISO 8601.
 */
final class AgnoSchemas {

    private final JsonNode schemas;

    private AgnoSchemas(JsonNode schemas) {
        this.schemas = schemas;
    }

    static AgnoSchemas load() {
        try (InputStream in = AgnoSchemas.class.getResourceAsStream("/agentos/agno-schemas.json")) {
            return new AgnoSchemas(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What in {@code body} breaks {@code schema}, as "path: problem" lines; empty when it conforms. */
    List<String> violations(String schema, JsonNode body, Set<String> extensions) {
        List<String> found = new ArrayList<>();
        object(schema, body, schema, extensions, found);
        return found;
    }

    private void object(String schema, JsonNode body, String path, Set<String> extensions, List<String> found) {
        JsonNode fields = schemas.get(schema);
        if (fields == null) {
            throw new IllegalArgumentException("no schema " + schema);
        }
        if (!body.isObject()) {
            found.add(path + ": not an object");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String type = field.getValue().asText();
            JsonNode value = body.get(field.getKey());
            boolean required = type.endsWith("!");
            if (value == null || value.isNull()) {
                if (required) {
                    found.add(path + "." + field.getKey() + ": required, missing");
                }
                continue;
            }
            value(required ? type.substring(0, type.length() - 1) : type, value, path + "." + field.getKey(),
                    found);
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!fields.has(name) && !extensions.contains(name)) {
                found.add(path + "." + name + ": not a field of " + schema);
            }
        });
    }

    private void value(String type, JsonNode value, String path, List<String> found) {
        boolean ok = switch (type) {
            case "str" -> value.isTextual();
            case "int" -> value.isIntegralNumber();
            case "float" -> value.isNumber();
            case "bool" -> value.isBoolean();
            case "dict" -> value.isObject();
            case "list" -> value.isArray();
            case "str|dict" -> value.isTextual() || value.isObject();
            case "datetime" -> isoDateTime(value);
            default -> nested(type, value, path, found);
        };
        if (!ok) {
            found.add(path + ": not " + type + " (" + value + ")");
        }
    }

    private boolean nested(String type, JsonNode value, String path, List<String> found) {
        if (!type.startsWith("list:")) {
            object(type, value, path, Set.of(), found);
            return true;
        }
        if (!value.isArray()) {
            return false;
        }
        for (int i = 0; i < value.size(); i++) {
            object(type.substring(5), value.get(i), path + "[" + i + "]", Set.of(), found);
        }
        return true;
    }

    private static boolean isoDateTime(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        try {
            OffsetDateTime.parse(value.asText());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
