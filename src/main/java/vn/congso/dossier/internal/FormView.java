package vn.congso.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import vn.congso.dossier.internal.form.FormData;
import vn.congso.dossier.internal.form.FormDefinition;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;

/** What a template needs to draw form fields: names, ids, labels and values in the page's language, and errors. */
final class FormView {

    private FormView() {
    }

    /** One input. {@code items} holds the rows of a repeatable group, each a list of fields. */
    record Field(String id, String name, String label, String hint, String input, String value, String street, String commune,
                 List<Option> options, boolean required, String error, String itemLabel, List<List<Field>> items, String autocomplete) {

        /** The ids of the hint and error, for aria-describedby (null when there are none). */
        public String describedBy() {
            String ids = (hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error");
            return ids.isBlank() ? null : ids.strip();
        }

        public String itemTitle(int n) {
            return itemLabel == null ? String.valueOf(n) : itemLabel.replace("{n}", String.valueOf(n));
        }
    }

    record Option(String value, String label, boolean selected) {
    }

    /** A row of "check your answers". */
    record Answer(String label, String value) {
    }

    static String id(String path) {
        return "f-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }

    static List<Field> fields(FormDefinition form, FormDefinition.Page page, JsonNode data, List<FieldProblem> problems, String lang,
                              List<Option> communes) {
        List<Field> out = new ArrayList<>();
        for (String path : page.fields()) {
            FormDefinition.Field f = form.fields().get(path);
            if (f != null) {
                out.add(field(form, f, path, data, problems, lang, communes));
            }
        }
        return out;
    }

    private static Field field(FormDefinition form, FormDefinition.Field f, String path, JsonNode data, List<FieldProblem> problems,
                               String lang, List<Option> communes) {
        String error = problems.stream().filter(p -> p.field().equals(path) || p.field().startsWith(path + "."))
                .map(FieldProblem::message).findFirst().orElse(null);
        String hint = f.hint() == null ? null : f.hint().in(lang);
        if (f.isRepeat()) {
            List<List<Field>> items = new ArrayList<>();
            JsonNode array = FormData.get(data, path);
            int count = array.isArray() ? array.size() : 0;
            for (int i = 0; i < Math.max(1, count); i++) {
                List<Field> row = new ArrayList<>();
                for (FormDefinition.Field item : form.itemFields(f.path())) {
                    String itemPath = path + "[" + i + "]." + FormDefinition.last(item.path());
                    row.add(field(form, item, itemPath, data, problems, lang, communes));
                }
                items.add(row);
            }
            return new Field(id(path), path, f.label().in(lang), hint, "repeat", null, null, null, List.of(), f.required(), error,
                    f.itemLabel() == null ? f.label().in(lang) + " {n}" : f.itemLabel().in(lang), items, null);
        }
        if (f.isAddress()) {
            String commune = FormData.text(data, path + ".commune");
            List<Option> options = communes.stream().map(o -> new Option(o.value(), o.label(), o.value().equals(commune))).toList();
            return new Field(id(path), path, f.label().in(lang), hint, "address", null, FormData.text(data, path + ".street"), commune,
                    options, f.required(), error, null, List.of(), null);
        }
        String value = FormData.text(data, path);
        List<Option> options = new ArrayList<>();
        if ("communes".equals(f.source())) {
            communes.forEach(o -> options.add(new Option(o.value(), o.label(), o.value().equals(value))));
        } else {
            f.options().forEach((k, label) -> options.add(new Option(k, label.in(lang), k.equals(value))));
        }
        return new Field(id(path), path, f.label().in(lang), hint, f.input(), value, null, null, options, f.required(), error, null,
                List.of(), autocomplete(f));
    }

    private static String autocomplete(FormDefinition.Field f) {
        if (f.prefill() == null) {
            return null;
        }
        return switch (f.prefill()) {
            case "fullName" -> "name";
            case "phone" -> "tel";
            case "email" -> "email";
            case "dateOfBirth" -> "bday";
            default -> null;
        };
    }

    /** The answers of a page, formatted as a person reads them (labels of choices, dd/MM/yyyy dates, commune names). */
    static List<Answer> answers(FormDefinition form, FormDefinition.Page page, JsonNode data, String lang,
                                Function<String, String> communeName, String yes, String no) {
        List<Answer> out = new ArrayList<>();
        for (String path : page.fields()) {
            FormDefinition.Field f = form.fields().get(path);
            if (f == null) {
                continue;
            }
            if (f.isRepeat()) {
                JsonNode array = FormData.get(data, path);
                List<String> lines = new ArrayList<>();
                if (array.isArray()) {
                    int n = 1;
                    for (JsonNode item : array) {
                        List<String> parts = new ArrayList<>();
                        for (FormDefinition.Field itemField : form.itemFields(f.path())) {
                            String v = display(itemField, item.path(FormDefinition.last(itemField.path())), lang, communeName, yes, no);
                            if (!v.isEmpty()) {
                                parts.add(v);
                            }
                        }
                        lines.add(n++ + ". " + String.join(" · ", parts));
                    }
                }
                out.add(new Answer(f.label().in(lang), String.join("\n", lines)));
            } else {
                out.add(new Answer(f.label().in(lang), display(f, FormData.get(data, path), lang, communeName, yes, no)));
            }
        }
        return out;
    }

    static String display(FormDefinition.Field f, JsonNode value, String lang, Function<String, String> communeName, String yes, String no) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (f.isAddress()) {
            String street = value.path("street").asString("");
            String commune = value.path("commune").asString("");
            String name = commune.isEmpty() ? "" : communeName.apply(commune);
            return street.isEmpty() ? name : name.isEmpty() ? street : street + ", " + name;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? yes : no;
        }
        String text = value.asString();
        if ("communes".equals(f.source())) {
            return communeName.apply(text);
        }
        Map<String, FormDefinition.Text> options = f.options();
        if (options.containsKey(text)) {
            return options.get(text).in(lang);
        }
        if ("date".equals(f.schema().path("format").asString(null)) && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Formats.date(java.time.LocalDate.parse(text));
        }
        if ("integer".equals(f.schema().path("type").asString(null)) && value.isNumber()) {
            return String.format(java.util.Locale.ROOT, "%,d", value.asLong()).replace(',', "en".equals(lang) ? ',' : '.');
        }
        return text;
    }
}
