package vn.congso.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.congso.organization.AdminLevel;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;

/** Rules that need the database or other modules: unique e-mail and personal id, existing commune; and the refusal. */
@Component
class AccountChecks {

    /** Fields in the order the pages show them, so errors are listed in reading order. */
    static final List<String> FIELD_ORDER = List.of("kind", "businessName", "taxCode", "representative", "fullName",
            "personalId", "dateOfBirth", "phone", "email", "address", "communeId", "preferredLanguage", "currentPassword",
            "password", "newPassword", "passwordConfirmation");

    private final AccountRepository accounts;
    private final Organization organization;
    private final Clock clock;

    AccountChecks(AccountRepository accounts, Organization organization, Clock clock) {
        this.accounts = accounts;
        this.organization = organization;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    boolean communeExists(long id) {
        LocalDate today = today();
        return organization.adminUnit(id).filter(u -> u.level() == AdminLevel.COMMUNE && u.validOn(today)).isPresent();
    }

    /** The form's rules plus uniqueness of the e-mail and the personal id; the account only when all pass. */
    RegistrationRules.Result registration(RegistrationForm form, String language, boolean withPassword) {
        RegistrationRules.Result result = RegistrationRules.check(form, today(), language, this::communeExists, withPassword);
        List<FieldProblem> problems = new ArrayList<>(result.problems());
        EmailAddress.parse(form.email()).filter(e -> accounts.emailTaken(e, -1))
                .ifPresent(e -> problems.add(FieldProblem.of("email", "account.email.taken")));
        if (!form.isBusiness()) {
            PersonalIdNumber.parse(form.personalId()).filter(accounts::personalIdTaken)
                    .ifPresent(p -> problems.add(FieldProblem.of("personalId", "account.personalId.taken")));
        }
        return problems.isEmpty() ? result : new RegistrationRules.Result(null, inPageOrder(problems));
    }

    /** 409 when only uniqueness is wrong (the details are fine but someone has them), 400 otherwise. */
    static ApiException refusal(List<FieldProblem> problems) {
        boolean onlyTaken = problems.stream().allMatch(p -> p.code().endsWith(".taken"));
        return onlyTaken ? new ApiException(HttpStatus.CONFLICT, "account.exists", problems) : ApiException.invalid(problems);
    }

    static List<FieldProblem> inPageOrder(List<FieldProblem> problems) {
        List<FieldProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(p -> {
            int i = FIELD_ORDER.indexOf(p.field());
            return i < 0 ? FIELD_ORDER.size() : i;
        }));
        return sorted;
    }
}
