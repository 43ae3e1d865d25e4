package vn.congso.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.congso.shared.FieldProblem;

/** A password: 8 to 128 characters with at least one letter and one digit, and not the e-mail address itself. */
final class PasswordRules {

    static final int MIN = 8;
    static final int MAX = 128;
    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern DIGIT = Pattern.compile(".*\\p{Nd}.*");

    private PasswordRules() {
    }

    static List<FieldProblem> check(String field, String password, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(FieldProblem.of(field, "account.password.required"));
        } else if (password.length() < MIN) {
            problems.add(FieldProblem.of(field, "account.password.too-short", MIN));
        } else if (password.length() > MAX) {
            problems.add(FieldProblem.of(field, "account.password.too-long", MAX));
        } else if (!LETTER.matcher(password).matches() || !DIGIT.matcher(password).matches()) {
            problems.add(FieldProblem.of(field, "account.password.weak"));
        } else if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            problems.add(FieldProblem.of(field, "account.password.is-email"));
        }
        return problems;
    }
}
