package vn.congso.shared;

/**
 * One thing wrong with one input: the field (a JSON pointer, form field name or "row 12"), a stable code and
 * a message already in the request's language (or a message key with arguments resolved by the handler).
 */
public record FieldProblem(String field, String code, String message, Object... args) {

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, null, args);
    }

    public FieldProblem withMessage(String resolved) {
        return new FieldProblem(field, code, resolved, args);
    }
}
