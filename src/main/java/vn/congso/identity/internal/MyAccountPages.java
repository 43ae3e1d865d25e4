package vn.congso.identity.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congso.identity.Account;
import vn.congso.identity.Identity;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;

/** "Tài khoản của tôi": the signed-in person's details, their contact details to change, and their password. */
@Controller
class MyAccountPages {

    static final String HOME = "/tai-khoan";
    static final String CONTACT = "/tai-khoan/lien-he";
    static final String PASSWORD = "/tai-khoan/mat-khau";

    private final MyAccount myAccount;
    private final Identity identity;
    private final Organization organization;
    private final AccountChecks checks;
    private final FormErrors errors;

    MyAccountPages(MyAccount myAccount, Identity identity, Organization organization, AccountChecks checks, FormErrors errors) {
        this.myAccount = myAccount;
        this.identity = identity;
        this.organization = organization;
        this.checks = checks;
        this.errors = errors;
    }

    @GetMapping(HOME)
    String home(Model model) {
        MyAccount.View view = myAccount.view(me());
        model.addAttribute("account", view.account());
        model.addAttribute("pendingEmail", view.pendingEmail());
        model.addAttribute("commune", view.account().adminUnitId() == null ? null
                : organization.adminUnit(view.account().adminUnitId()).orElse(null));
        return "identity/account";
    }

    @GetMapping(CONTACT)
    String contactForm(Model model) {
        Account a = myAccount.view(me()).account();
        FormErrors.none(model);
        return contactPage(new ContactForm(a.phone(), a.email(), a.address(), a.adminUnitId(), a.preferredLanguage()), a, model);
    }

    @PostMapping(CONTACT)
    String changeContact(@ModelAttribute ContactForm form, Model model) {
        long id = me();
        try {
            MyAccount.View view = myAccount.changeContact(id, form, true);
            boolean emailPending = view.pendingEmail() != null
                    && view.pendingEmail().equals(EmailAddress.parse(form.email()).orElse(null));
            return "redirect:" + HOME + (emailPending ? "?emailPending" : "?saved");
        } catch (ApiException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            errors.put(model, e.fieldProblems());
            return contactPage(form, myAccount.view(id).account(), model);
        }
    }

    @GetMapping(PASSWORD)
    String passwordForm(Model model) {
        me();
        FormErrors.none(model);
        return "identity/account-password";
    }

    @PostMapping(PASSWORD)
    String changePassword(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
                          @RequestParam(required = false) String passwordConfirmation, Model model) {
        long id = me();
        try {
            if (newPassword != null && !newPassword.isEmpty() && !newPassword.equals(passwordConfirmation)
                    && PasswordRules.check("newPassword", newPassword, null).isEmpty()) {
                throw ApiException.invalid(List.of(FieldProblem.of("passwordConfirmation", "account.passwordConfirmation.mismatch")));
            }
            myAccount.changePassword(id, currentPassword, newPassword);
            return "redirect:" + HOME + "?passwordChanged";
        } catch (ApiException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            errors.put(model, e.fieldProblems());
            return "identity/account-password";
        }
    }

    private String contactPage(ContactForm form, Account account, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("communes", organization.adminUnits(checks.today(), AdminLevel.COMMUNE));
        return "identity/account-contact";
    }

    private long me() {
        return identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated")).accountId();
    }
}
