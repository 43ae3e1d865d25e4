package vn.congso.dossier.internal.form;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A procedure version's application form (format: docs/forms.md): the JSON Schema of the data and the question
 * pages with each field's label, hint and input type. Parsed once per version and cached.
 */
public record FormDefinition(JsonNode schema, List<Page> pages, Map<String, Field> fields) {

    /** A question page: an id for the URL, a title and the dotted paths it asks. */
    public record Page(String id, Text title, Text description, List<String> fields) {
    }

    /** A field's presentation. {@code path} is dotted; items of repeatable groups use {@code []}. */
    public record Field(String path, Text label, Text hint, String input, Map<String, Text> options, String source,
                        String prefill, Text itemLabel, JsonNode schema, boolean required) {

        public boolean isRepeat() {
            return "repeat".equals(input);
        }

        public boolean isAddress() {
            return "address".equals(input);
        }
    }

    /** A text in Vietnamese and English. */
    public record Text(String vi, String en) {
        public String in(String language) {
            return "en".equals(language) && en != null && !en.isBlank() ? en : (vi == null ? "" : vi);
        }

        static Text of(JsonNode node) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (node.isString()) {
                return new Text(node.asString(), null);
            }
            return new Text(node.path("vi").asString(null), node.path("en").asString(null));
        }
    }

    public Page page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    public int pageIndex(String id) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Fields of a repeatable group's items, e.g. {@code children[].fullName} for {@code children}. */
    public List<Field> itemFields(String repeatPath) {
        String prefix = repeatPath + "[].";
        List<Field> out = new ArrayList<>();
        fields.forEach((path, f) -> {
            if (path.startsWith(prefix) && !path.substring(prefix.length()).contains(".")) {
                out.add(f);
            }
        });
        JsonNode itemProps = schemaAt(repeatPath).path("items").path("properties");
        if (out.isEmpty() || out.size() < itemProps.size()) {
            // items without UI entries still get a plain text input, in schema order
            for (Iterator<String> it = itemProps.propertyNames().iterator(); it.hasNext(); ) {
                String name = it.next();
                String path = prefix + name;
                if (out.stream().noneMatch(f -> f.path().equals(path))) {
                    out.add(new Field(path, new Text(name, name), null, "text", Map.of(), null, null, null,
                            itemProps.get(name), requiredIn(schemaAt(repeatPath).path("items"), name)));
                }
            }
        }
        List<String> order = new ArrayList<>();
        itemProps.propertyNames().forEach(order::add);
        out.sort((a, b) -> Integer.compare(order.indexOf(last(a.path())), order.indexOf(last(b.path()))));
        return out;
    }

    /** The schema node of a dotted path ({@code a.b}, {@code list[].x}). */
    public JsonNode schemaAt(String path) {
        JsonNode node = schema;
        for (String part : path.split("\\.")) {
            boolean item = part.endsWith("[]");
            String name = item ? part.substring(0, part.length() - 2) : part;
            node = node.path("properties").path(name);
            if (item) {
                node = node.path("items");
            }
        }
        return node;
    }

    static boolean requiredIn(JsonNode objectSchema, String name) {
        for (JsonNode r : objectSchema.path("required")) {
            if (r.asString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    public static String last(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** Parses the stored JSON ({@code {"schema":..., "ui":{"pages":..., "fields":...}}}). */
    public static FormDefinition parse(JsonNode form) {
        JsonNode schema = form.path("schema");
        JsonNode ui = form.path("ui");
        List<Page> pages = new ArrayList<>();
        for (JsonNode p : ui.path("pages")) {
            List<String> fields = new ArrayList<>();
            p.path("fields").forEach(f -> fields.add(f.asString()));
            pages.add(new Page(p.path("id").asString("trang-" + (pages.size() + 1)), Text.of(p.get("title")),
                    Text.of(p.get("description")), List.copyOf(fields)));
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        FormDefinition shell = new FormDefinition(schema, pages, fields);
        JsonNode uiFields = ui.path("fields");
        for (Iterator<String> it = uiFields.propertyNames().iterator(); it.hasNext(); ) {
            String path = it.next();
            fields.put(path, field(shell, path, uiFields.get(path)));
        }
        // every page path gets a field, even when the ui part does not describe it
        for (Page p : pages) {
            for (String path : p.fields()) {
                fields.computeIfAbsent(path, k -> field(shell, k, null));
            }
        }
        return new FormDefinition(schema, List.copyOf(pages), Map.copyOf(fields));
    }

    private static Field field(FormDefinition shell, String path, JsonNode ui) {
        JsonNode node = ui == null ? tools.jackson.databind.node.MissingNode.getInstance() : ui;
        JsonNode fieldSchema = shell.schemaAt(path);
        Map<String, Text> options = new LinkedHashMap<>();
        JsonNode opts = node.path("options");
        for (Iterator<String> it = opts.propertyNames().iterator(); it.hasNext(); ) {
            String key = it.next();
            options.put(key, Text.of(opts.get(key)));
        }
        if (options.isEmpty() && fieldSchema.has("enum")) {
            fieldSchema.get("enum").forEach(e -> options.put(e.asString(), new Text(e.asString(), e.asString())));
        }
        String input = node.path("input").asString(defaultInput(fieldSchema));
        Text label = Text.of(node.get("label"));
        return new Field(path, label == null ? new Text(last(path), last(path)) : label, Text.of(node.get("hint")), input,
                Map.copyOf(options), node.path("source").asString(null), node.path("prefill").asString(null),
                Text.of(node.get("itemLabel")), fieldSchema, isRequired(shell.schema(), path));
    }

    private static String defaultInput(JsonNode schema) {
        String type = schema.path("type").asString("string");
        return switch (type) {
            case "boolean" -> "checkbox";
            case "integer", "number" -> "number";
            case "array" -> "repeat";
            case "object" -> "address";
            default -> schema.has("enum") ? "radio" : "date".equals(schema.path("format").asString(null)) ? "date" : "text";
        };
    }

    private static boolean isRequired(JsonNode schema, String path) {
        String[] parts = path.split("\\.");
        JsonNode node = schema;
        for (int i = 0; i < parts.length; i++) {
            boolean item = parts[i].endsWith("[]");
            String name = item ? parts[i].substring(0, parts[i].length() - 2) : parts[i];
            if (i == parts.length - 1) {
                return requiredIn(node, name);
            }
            node = node.path("properties").path(name);
            if (item) {
                node = node.path("items");
            }
        }
        return false;
    }
}
