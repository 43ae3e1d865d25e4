package vn.congso.identity.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;

/** Forgotten password: ask for a link (same answer whether or not the address is known), then set a new password. */
@Controller
class PasswordPages {

    static final String FORGOT = "/quen-mat-khau";
    static final String FORGOT_SENT = "/quen-mat-khau/da-gui";
    static final String RESET = EmailLinks.RESET_PAGE;

    private final PasswordReset reset;
    private final FormErrors errors;

    PasswordPages(PasswordReset reset, FormErrors errors) {
        this.reset = reset;
        this.errors = errors;
    }

    @GetMapping(FORGOT)
    String forgotForm(Model model) {
        FormErrors.none(model);
        model.addAttribute("email", "");
        return "identity/forgot";
    }

    @PostMapping(FORGOT)
    String forgot(@RequestParam(required = false) String email, Model model) {
        List<FieldProblem> problems = reset.request(email);
        if (!problems.isEmpty()) {
            errors.put(model, problems);
            model.addAttribute("email", email);
            return "identity/forgot";
        }
        return "redirect:" + FORGOT_SENT;
    }

    @GetMapping(FORGOT_SENT)
    String forgotSent(Model model) {
        model.addAttribute("kind", "reset");
        return "identity/link-sent";
    }

    @GetMapping(RESET)
    String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        AccountTokens.Lookup lookup = reset.check(token);
        if (!lookup.usable()) {
            return linkProblem(lookup.refusal().name(), model, response);
        }
        FormErrors.none(model);
        model.addAttribute("token", token);
        return "identity/reset";
    }

    @PostMapping(RESET)
    String resetPassword(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                         @RequestParam(required = false) String passwordConfirmation, Model model, HttpServletResponse response) {
        List<FieldProblem> problems = PasswordRules.check("password", password, null);
        if (problems.isEmpty() && !password.equals(passwordConfirmation)) {
            problems = List.of(FieldProblem.of("passwordConfirmation", "account.passwordConfirmation.mismatch"));
        }
        try {
            if (problems.isEmpty()) {
                reset.confirm(token, password, "password");
                return "redirect:" + SecurityConfig.LOGIN_PAGE + "?reset";
            }
        } catch (ApiException e) {
            if (e.code().startsWith("account.token.")) {
                return linkProblem(e.code().substring("account.token.".length()), model, response);
            }
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            problems = e.fieldProblems();
        }
        errors.put(model, problems);
        model.addAttribute("token", token);
        return "identity/reset";
    }

    private static String linkProblem(String refusal, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("refusal", refusal.toLowerCase(Locale.ROOT));
        model.addAttribute("kind", "reset");
        return "identity/link-problem";
    }
}
