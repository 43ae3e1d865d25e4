package vn.congso.dossier.internal.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.congso.shared.VietnameseText;

/**
 * Reading and writing application data by dotted path ({@code mother.residence.street}, {@code children[1].fullName}),
 * and turning what a browser posts (strings) into the types the schema asks for. Values that cannot be converted
 * are kept as typed text so the validator reports them and the person sees what they typed.
 */
public final class FormData {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormData() {
    }

    public static JsonNode get(JsonNode data, String path) {
        JsonNode node = data;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                node = node.path(part.substring(0, bracket));
                String index = part.substring(bracket + 1, part.length() - 1);
                node = index.isEmpty() ? node : node.path(Integer.parseInt(index));
            } else {
                node = node.path(part);
            }
        }
        return node;
    }

    public static String text(JsonNode data, String path) {
        JsonNode v = get(data, path);
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        return v.isValueNode() ? v.asString() : v.toString();
    }

    /** Sets a value, creating objects and array items on the way. */
    public static void set(ObjectNode data, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = data;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                String name = part.substring(0, bracket);
                int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                ObjectNode parent = (ObjectNode) node;
                ArrayNode array = parent.get(name) instanceof ArrayNode a ? a : parent.putArray(name);
                while (array.size() <= index) {
                    array.addObject();
                }
                if (last) {
                    array.set(index, value);
                    return;
                }
                node = array.get(index);
            } else {
                ObjectNode parent = (ObjectNode) node;
                if (last) {
                    if (value == null || value.isNull()) {
                        parent.remove(part);
                    } else {
                        parent.set(part, value);
                    }
                    return;
                }
                JsonNode child = parent.get(part);
                node = child instanceof ObjectNode o ? o : parent.putObject(part);
            }
        }
    }

    /** Converts posted text for a leaf of the given schema type; blank means "not answered" (null). */
    public static JsonNode convert(String raw, JsonNode schema, String input) {
        String type = schema.path("type").asString("string");
        if ("boolean".equals(type)) {
            return NODES.booleanNode(raw != null && (raw.equals("true") || raw.equals("on") || raw.equals("1")));
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = VietnameseText.clean(raw);
        switch (type) {
            case "integer" -> {
                String digits = value.replace(".", "").replace(",", "").replace(" ", "");
                try {
                    return NODES.numberNode(Long.parseLong(digits));
                } catch (NumberFormatException e) {
                    return NODES.stringNode(value);
                }
            }
            case "number" -> {
                try {
                    return NODES.numberNode(new BigDecimal(value.replace(" ", "").replace(',', '.')));
                } catch (NumberFormatException e) {
                    return NODES.stringNode(value);
                }
            }
            default -> {
                if ("personalId".equals(input)) {
                    String digits = VietnameseText.digits(value);
                    return NODES.stringNode(digits.length() == 12 ? digits : value);
                }
                if ("tel".equals(input)) {
                    String compact = value.replaceAll("[\\s.\\-()]", "");
                    return NODES.stringNode(compact.startsWith("+84") ? "0" + compact.substring(3) : compact);
                }
                if ("date".equals(schema.path("format").asString(null))) {
                    return NODES.stringNode(normalizeDate(value));
                }
                return NODES.stringNode(value);
            }
        }
    }

    /** Accepts YYYY-MM-DD (date inputs) and dd/MM/yyyy (typed); impossible dates stay as typed. */
    static String normalizeDate(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] p = v.split("/");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])).toString();
            }
            return LocalDate.parse(v).toString();
        } catch (java.time.DateTimeException e) {
            return v;
        }
    }

    /**
     * Prepares data for validation. Blank answers and groups left entirely blank count as not given: an optional
     * group (the father on a birth registration, a postal address when the result is collected at the desk) that
     * the person left empty is absent, not a group with every required field missing. Then the objects the schema
     * requires are created, so a missing leaf inside them is reported as "required" at its own path.
     */
    public static void materialize(ObjectNode data, JsonNode objectSchema) {
        prune(data);
        requireObjects(data, objectSchema);
    }

    /**
     * Removes nulls, blank strings and (recursively) objects that carry no answer: nothing but blanks and unticked
     * boxes. Returns true when the node itself carries no answer.
     */
    static boolean prune(JsonNode node) {
        if (node == null || node.isNull() || (node.isString() && node.asString().isBlank())) {
            return true;
        }
        if (node.isBoolean()) {
            return !node.asBoolean();
        }
        if (node instanceof ArrayNode array) {
            array.forEach(FormData::prune);
            return false;
        }
        if (node instanceof ObjectNode object) {
            List<String> remove = new ArrayList<>();
            boolean answered = false;
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                JsonNode v = e.getValue();
                boolean blank = prune(v);
                if (blank && !v.isBoolean()) {
                    remove.add(e.getKey());
                }
                answered |= !blank;
            }
            remove.forEach(object::remove);
            if (!answered) {
                object.removeAll();
            }
            return !answered;
        }
        return false;
    }

    private static void requireObjects(ObjectNode data, JsonNode objectSchema) {
        JsonNode props = objectSchema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String type = e.getValue().path("type").asString(null);
            JsonNode existing = data.get(e.getKey());
            if ("object".equals(type)) {
                if (existing instanceof ObjectNode o) {
                    requireObjects(o, e.getValue());
                } else if (existing == null && FormDefinition.requiredIn(objectSchema, e.getKey())) {
                    requireObjects(data.putObject(e.getKey()), e.getValue());
                }
            } else if ("array".equals(type) && existing instanceof ArrayNode array) {
                for (JsonNode item : array) {
                    if (item instanceof ObjectNode o) {
                        requireObjects(o, e.getValue().path("items"));
                    }
                }
            }
        }
    }
}
