package vn.congso.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congso.organization.AdminLevel;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;

/**
 * Register (GOV.UK pattern, one thing per page): individual or business → the details → the password, then
 * "check your e-mail". Nothing is kept on the server between steps (no session for anonymous visitors): the details
 * travel in the form and are checked again when the account is created.
 */
@Controller
class RegistrationPages {

    static final String START = "/dang-ky";
    static final String DETAILS = "/dang-ky/thong-tin";
    static final String PASSWORD = "/dang-ky/mat-khau";
    static final String SENT = "/dang-ky/da-gui";
    private static final Set<String> PASSWORD_FIELDS = Set.of("password", "passwordConfirmation");

    private final Registration registration;
    private final Organization organization;
    private final AccountChecks checks;
    private final FormErrors errors;

    RegistrationPages(Registration registration, Organization organization, AccountChecks checks, FormErrors errors) {
        this.registration = registration;
        this.organization = organization;
        this.checks = checks;
        this.errors = errors;
    }

    @GetMapping(START)
    String start(Model model) {
        FormErrors.none(model);
        return "identity/register-kind";
    }

    @GetMapping(DETAILS)
    String details(@RequestParam(required = false) String kind, Model model) {
        if (RegistrationRules.kind(kind) == null) {
            errors.put(model, List.of(FieldProblem.of("kind", "account.kind.required")));
            return "identity/register-kind";
        }
        return detailsPage(emptyForm(RegistrationRules.kind(kind).name()), List.of(), model);
    }

    @PostMapping(DETAILS)
    String checkDetails(@ModelAttribute RegistrationForm form, Model model) {
        if (RegistrationRules.kind(form.kind()) == null) {
            errors.put(model, List.of(FieldProblem.of("kind", "account.kind.required")));
            return "identity/register-kind";
        }
        List<FieldProblem> problems = registration.checkDetails(form, FormErrors.language());
        if (!problems.isEmpty()) {
            return detailsPage(form, problems, model);
        }
        return passwordPage(form, List.of(), model);
    }

    @PostMapping(PASSWORD)
    String create(@ModelAttribute RegistrationForm form, @RequestParam(required = false) String passwordConfirmation,
                  @RequestParam(required = false) String change, Model model) {
        if (RegistrationRules.kind(form.kind()) == null) {
            errors.put(model, List.of(FieldProblem.of("kind", "account.kind.required")));
            return "identity/register-kind";
        }
        if (change != null) {
            return detailsPage(form.withPassword(null), List.of(), model);
        }
        List<FieldProblem> passwordProblems = new ArrayList<>(PasswordRules.check("password", form.password(),
                EmailAddress.parse(form.email()).orElse(form.email())));
        if (passwordProblems.isEmpty() && !form.password().equals(passwordConfirmation)) {
            passwordProblems.add(FieldProblem.of("passwordConfirmation", "account.passwordConfirmation.mismatch"));
        }
        if (!passwordProblems.isEmpty()) {
            return passwordPage(form, passwordProblems, model);
        }
        try {
            registration.register(form, FormErrors.language());
        } catch (ApiException e) {
            List<FieldProblem> problems = e.fieldProblems();
            if (problems.isEmpty()) {
                throw e;
            }
            boolean onlyPassword = problems.stream().allMatch(p -> PASSWORD_FIELDS.contains(p.field()));
            return onlyPassword ? passwordPage(form, problems, model)
                    : detailsPage(form.withPassword(null), problems.stream().filter(p -> !PASSWORD_FIELDS.contains(p.field())).toList(), model);
        }
        return "redirect:" + SENT;
    }

    @GetMapping(SENT)
    String sent() {
        return "identity/register-sent";
    }

    private String detailsPage(RegistrationForm form, List<FieldProblem> problems, Model model) {
        errors.put(model, problems);
        model.addAttribute("form", form);
        model.addAttribute("business", form.isBusiness());
        model.addAttribute("communes", organization.adminUnits(checks.today(), AdminLevel.COMMUNE));
        return "identity/register-details";
    }

    private String passwordPage(RegistrationForm form, List<FieldProblem> problems, Model model) {
        errors.put(model, problems);
        model.addAttribute("form", form.withPassword(null));
        model.addAttribute("business", form.isBusiness());
        model.addAttribute("details", RegistrationRules.check(form, checks.today(), FormErrors.language(), checks::communeExists, false).account());
        model.addAttribute("commune", form.communeId() == null ? null : organization.adminUnit(form.communeId()).orElse(null));
        return "identity/register-password";
    }

    private static RegistrationForm emptyForm(String kind) {
        return new RegistrationForm(kind, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
