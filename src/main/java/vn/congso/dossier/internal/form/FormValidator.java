package vn.congso.dossier.internal.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.congso.shared.FieldProblem;

/**
 * Validates application data against the form's JSON Schema (draft 2020-12, with format assertions) and turns
 * each error into a message a person understands, naming the field by its label, in their language. The same
 * check runs when a page is saved (only that page's fields) and at submission (everything).
 */
@Component
public class FormValidator {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final MessageSource messages;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    FormValidator(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param scope       which dotted paths (with {@code []} for items) to report; others are ignored
     * @param communeKnown whether a commune code is valid today (for address fields)
     */
    public List<FieldProblem> validate(FormDefinition form, ObjectNode data, Predicate<String> scope, Predicate<String> communeKnown,
                                       String language) {
        Locale locale = Locale.forLanguageTag("en".equals(language) ? "en" : "vi");
        ObjectNode copy = data.deepCopy();
        FormData.materialize(copy, form.schema());
        Schema schema = schemas.computeIfAbsent(form.schema().toString(), k -> REGISTRY.getSchema(form.schema()));
        List<Error> errors = schema.validate(copy, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true).locale(locale)));
        Map<String, FieldProblem> byPath = new LinkedHashMap<>();
        for (Error e : errors) {
            if (isAcceptedEmail(e)) {
                continue;
            }
            String path = dotted(e.getInstanceLocation());
            if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
                path = path.isEmpty() ? e.getProperty() : path + "." + e.getProperty();
            }
            String generic = generic(path);
            FormDefinition.Field field = fieldFor(form, generic);
            if (field != null && field.isAddress() && !generic.equals(field.path())) {
                // an address is one answer: its street or commune problems are reported once, on the address
                path = path.substring(0, path.lastIndexOf('.'));
                generic = field.path();
            }
            if (!scope.test(generic) || byPath.containsKey(path)) {
                continue;
            }
            byPath.put(path, problem(path, e, field, language, locale));
        }
        for (FormDefinition.Field field : form.fields().values()) {
            if (!scope.test(field.path()) || field.path().contains("[]")) {
                continue;
            }
            if ("checkbox".equals(field.input()) && field.required() && parentPresent(copy, field.path())
                    && !FormData.get(copy, field.path()).asBoolean(false)) {
                byPath.putIfAbsent(field.path(), FieldProblem.of(field.path(), "form.required").withMessage(
                        message("form.error.checkbox", locale, label(field, field.path(), language))));
            }
            if (field.isAddress()) {
                String commune = FormData.text(data, field.path() + ".commune");
                if (!commune.isEmpty() && !communeKnown.test(commune)) {
                    byPath.putIfAbsent(field.path(), FieldProblem.of(field.path(), "form.commune").withMessage(
                            message("form.error.commune", locale, label(field, field.path(), language))));
                }
            }
        }
        return new ArrayList<>(byPath.values());
    }

    /**
     * The schema library's e-mail format insists on a known top-level domain, so it refused the address of an
     * account the platform itself accepted (citizen@congso.local): the form accepts every address an account may
     * have (identity's rule: something@domain.part, no spaces).
     */
    private static boolean isAcceptedEmail(Error e) {
        return "format".equals(e.getKeyword()) && e.getArguments() != null && e.getArguments().length > 0
                && ("email".equals(String.valueOf(e.getArguments()[0])) || "email".equals(e.getSchemaNode() == null ? null : e.getSchemaNode().asString(null)))
                && e.getInstanceNode() != null && e.getInstanceNode().isString()
                && EMAIL.matcher(e.getInstanceNode().asString()).matches();
    }

    /** A box inside an optional group left blank is not asked for. */
    private static boolean parentPresent(JsonNode data, String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || FormData.get(data, path.substring(0, dot)).isObject();
    }

    private FieldProblem problem(String path, Error e, FormDefinition.Field field, String language, Locale locale) {
        String label = label(field, path, language);
        String input = field == null ? "text" : field.input();
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        String arg = args.length > 0 ? String.valueOf(args[0]) : "";
        String key = switch (e.getKeyword()) {
            case "required" -> switch (input) {
                case "radio", "select" -> "form.error.choose";
                case "address" -> "form.error.address";
                case "checkbox" -> "form.error.checkbox";
                default -> "form.error.required";
            };
            case "minLength" -> "form.error.minLength";
            case "maxLength" -> "form.error.maxLength";
            case "pattern" -> switch (input) {
                case "personalId" -> "form.error.personalId";
                case "tel" -> "form.error.phone";
                default -> path.toLowerCase(Locale.ROOT).contains("taxcode") ? "form.error.taxCode" : "form.error.pattern";
            };
            case "format" -> "email".equals(input) || "email".equals(arg) ? "form.error.email" : "form.error.date";
            case "enum", "const" -> "form.error.choose";
            case "type" -> "number".equals(input) ? "form.error.number" : "form.error.type";
            case "minimum", "exclusiveMinimum" -> "form.error.minimum";
            case "maximum", "exclusiveMaximum" -> "form.error.maximum";
            case "minItems" -> "form.error.minItems";
            case "maxItems" -> "form.error.maxItems";
            default -> "form.error.invalid";
        };
        return FieldProblem.of(path, "form." + e.getKeyword()).withMessage(message(key, locale, label, arg));
    }

    private String label(FormDefinition.Field field, String path, String language) {
        if (field != null && field.label() != null) {
            return field.label().in(language);
        }
        return FormDefinition.last(path);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static FormDefinition.Field fieldFor(FormDefinition form, String genericPath) {
        FormDefinition.Field f = form.fields().get(genericPath);
        if (f != null) {
            return f;
        }
        // an error inside an address object belongs to the address field
        int dot = genericPath.lastIndexOf('.');
        return dot > 0 ? form.fields().get(genericPath.substring(0, dot)) : null;
    }

    /** {@code children[2].fullName} → {@code children[].fullName}. */
    public static String generic(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    static String dotted(NodePath location) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    /** A scope covering the given page's fields (repeatable groups and addresses include their inner paths). */
    public static Predicate<String> pageScope(FormDefinition.Page page) {
        return generic -> page.fields().stream().anyMatch(f -> generic.equals(f) || generic.startsWith(f + ".") || generic.startsWith(f + "[]"));
    }

    public static final Predicate<String> EVERYTHING = p -> true;
}
