package vn.congso.identity.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;

import vn.congso.identity.AccountKind;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.VietnameseText;

/**
 * The rules of a registration, field by field in the order of the form, so the error summary reads like the page.
 * Uniqueness (e-mail, personal id) needs the database and is checked by {@link Registration}.
 */
final class RegistrationRules {

    static final int MIN_AGE = 14;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final int MAX_ADDRESS = 300;
    static final int MAX_BUSINESS_NAME = 300;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Either the canonical account or what is wrong with the form. */
    record Result(NewAccount account, List<FieldProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private RegistrationRules() {
    }

    /**
     * @param communeExists whether an id names a commune-level unit valid today
     * @param withPassword  check the password too (the last step of the page journey, and the API)
     */
    static Result check(RegistrationForm form, LocalDate today, String defaultLanguage, LongPredicate communeExists,
                        boolean withPassword) {
        List<FieldProblem> problems = new ArrayList<>();
        AccountKind kind = kind(form.kind());
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "account.kind.required"));
            return new Result(null, problems);
        }
        String businessName = null;
        String taxCode = null;
        String representative = null;
        String personalId = null;
        LocalDate dateOfBirth = null;
        if (kind == AccountKind.BUSINESS) {
            businessName = VietnameseText.clean(form.businessName());
            if (businessName == null || businessName.isEmpty()) {
                problems.add(FieldProblem.of("businessName", "account.businessName.required"));
            } else if (businessName.length() > MAX_BUSINESS_NAME) {
                problems.add(FieldProblem.of("businessName", "account.businessName.too-long", MAX_BUSINESS_NAME));
            }
            taxCode = blank(form.taxCode()) ? null : TaxCode.parse(form.taxCode()).orElse(null);
            if (blank(form.taxCode())) {
                problems.add(FieldProblem.of("taxCode", "account.taxCode.required"));
            } else if (taxCode == null) {
                problems.add(FieldProblem.of("taxCode", "account.taxCode.invalid"));
            }
            representative = name("representative", form.representative(), problems);
        }
        String fullName = name("fullName", form.fullName(), problems);
        if (kind == AccountKind.CITIZEN) {
            personalId = blank(form.personalId()) ? null : PersonalIdNumber.parse(form.personalId()).orElse(null);
            if (blank(form.personalId())) {
                problems.add(FieldProblem.of("personalId", "account.personalId.required"));
            } else if (personalId == null) {
                problems.add(FieldProblem.of("personalId", "account.personalId.invalid"));
            }
            dateOfBirth = dateOfBirth(form.dateOfBirth(), today, problems);
            if (personalId != null && dateOfBirth != null && PersonalIdNumber.birthYear(personalId) != dateOfBirth.getYear()) {
                problems.add(FieldProblem.of("personalId", "account.personalId.birth-year", dateOfBirth.getYear()));
            }
        }
        String phone = blank(form.phone()) ? null : MobilePhone.parse(form.phone()).orElse(null);
        if (blank(form.phone())) {
            problems.add(FieldProblem.of("phone", "account.phone.required"));
        } else if (phone == null) {
            problems.add(FieldProblem.of("phone", "account.phone.invalid"));
        }
        String email = blank(form.email()) ? null : EmailAddress.parse(form.email()).orElse(null);
        if (blank(form.email())) {
            problems.add(FieldProblem.of("email", "account.email.required"));
        } else if (email == null) {
            problems.add(FieldProblem.of("email", "account.email.invalid"));
        }
        String address = VietnameseText.clean(form.address());
        if (address != null && address.isEmpty()) {
            address = null;
        }
        if (address == null && kind == AccountKind.CITIZEN) {
            problems.add(FieldProblem.of("address", "account.address.required"));
        } else if (address != null && address.length() > MAX_ADDRESS) {
            problems.add(FieldProblem.of("address", "account.address.too-long", MAX_ADDRESS));
        }
        if (form.communeId() != null && !communeExists.test(form.communeId())) {
            problems.add(FieldProblem.of("communeId", "account.commune.invalid"));
        }
        if (withPassword) {
            problems.addAll(PasswordRules.check("password", form.password(), email));
        }
        String language = language(form.preferredLanguage(), defaultLanguage);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new NewAccount(kind, fullName, personalId, dateOfBirth, phone, email, address, form.communeId(),
                businessName, taxCode, representative, language), List.of());
    }

    static AccountKind kind(String typed) {
        if (typed == null) {
            return null;
        }
        return switch (typed.strip().toUpperCase(Locale.ROOT)) {
            case "CITIZEN" -> AccountKind.CITIZEN;
            case "BUSINESS" -> AccountKind.BUSINESS;
            default -> null;
        };
    }

    static String language(String typed, String fallback) {
        if (typed != null && typed.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return "en";
        }
        if (typed != null && typed.strip().toLowerCase(Locale.ROOT).startsWith("vi")) {
            return "vi";
        }
        return "en".equals(fallback) ? "en" : "vi";
    }

    /** {@code dd/MM/yyyy} (also {@code d/M/yyyy}, dots or dashes), or ISO {@code yyyy-MM-dd}. */
    static Optional<LocalDate> parseDate(String typed) {
        if (blank(typed)) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(s));
            }
            return Optional.of(LocalDate.parse(s.replaceAll("\\s*[.\\-/]\\s*", "/"), DAY_MONTH_YEAR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate dateOfBirth(String typed, LocalDate today, List<FieldProblem> problems) {
        if (blank(typed)) {
            problems.add(FieldProblem.of("dateOfBirth", "account.dateOfBirth.required"));
            return null;
        }
        LocalDate date = parseDate(typed).orElse(null);
        if (date == null) {
            problems.add(FieldProblem.of("dateOfBirth", "account.dateOfBirth.invalid"));
        } else if (date.isAfter(today)) {
            problems.add(FieldProblem.of("dateOfBirth", "account.dateOfBirth.future"));
        } else if (date.isBefore(EARLIEST_BIRTH)) {
            problems.add(FieldProblem.of("dateOfBirth", "account.dateOfBirth.too-early", EARLIEST_BIRTH.getYear()));
        } else if (date.plusYears(MIN_AGE).isAfter(today)) {
            problems.add(FieldProblem.of("dateOfBirth", "account.dateOfBirth.too-young", MIN_AGE));
        } else {
            return date;
        }
        return null;
    }

    private static String name(String field, String typed, List<FieldProblem> problems) {
        String name = FullName.clean(typed);
        if (name == null || name.isEmpty()) {
            problems.add(FieldProblem.of(field, "account." + field + ".required"));
            return null;
        }
        if (name.length() > FullName.MAX) {
            problems.add(FieldProblem.of(field, "account.name.too-long", FullName.MAX));
            return null;
        }
        if (!FullName.isValid(name)) {
            problems.add(FieldProblem.of(field, "account.name.invalid"));
            return null;
        }
        return name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
