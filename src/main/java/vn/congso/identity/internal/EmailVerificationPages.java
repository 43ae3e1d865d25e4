package vn.congso.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congso.identity.Identity;
import vn.congso.shared.FieldProblem;

/** The link in the confirmation e-mail, and "send the link again" (which never tells whether an address is known). */
@Controller
class EmailVerificationPages {

    static final String VERIFY = EmailLinks.VERIFY_PAGE;
    static final String RESEND = "/xac-thuc-email/gui-lai";

    private final Registration registration;
    private final Identity identity;
    private final FormErrors errors;

    EmailVerificationPages(Registration registration, Identity identity, FormErrors errors) {
        this.registration = registration;
        this.identity = identity;
        this.errors = errors;
    }

    @GetMapping(VERIFY)
    String verify(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Registration.LinkResult result = registration.verify(token);
        if (!result.done()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refusal", result.refusal().name().toLowerCase(java.util.Locale.ROOT));
            model.addAttribute("kind", "verify");
            return "identity/link-problem";
        }
        if (result.purpose() == TokenPurpose.CHANGE_EMAIL) {
            return identity.current().isPresent() ? "redirect:" + MyAccountPages.HOME + "?emailChanged"
                    : "redirect:" + SecurityConfig.LOGIN_PAGE + "?emailChanged";
        }
        return "redirect:" + SecurityConfig.LOGIN_PAGE + "?verified";
    }

    @GetMapping(RESEND)
    String resendForm(Model model) {
        FormErrors.none(model);
        model.addAttribute("email", "");
        return "identity/resend";
    }

    @PostMapping(RESEND)
    String resend(@RequestParam(required = false) String email, Model model) {
        List<FieldProblem> problems = registration.resend(email);
        if (!problems.isEmpty()) {
            errors.put(model, problems);
            model.addAttribute("email", email);
            return "identity/resend";
        }
        model.addAttribute("kind", "verify");
        return "identity/link-sent";
    }
}
