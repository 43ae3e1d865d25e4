package vn.congso.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.congso.shared.FieldProblem;
import vn.congso.shared.Problems;

/**
 * Problems of a form as the page shows them: one message per field in page order, for the error summary at the
 * top (each a link to its field) and again beside the field. Same codes and messages as the API's problem+json.
 */
@Component
class FormErrors {

    private final Problems problems;

    FormErrors(Problems problems) {
        this.problems = problems;
    }

    Map<String, String> messages(List<FieldProblem> list) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : AccountChecks.inPageOrder(list)) {
            byField.putIfAbsent(p.field(), problems.resolve(p, LocaleContextHolder.getLocale()));
        }
        return byField;
    }

    void put(Model model, List<FieldProblem> list) {
        model.addAttribute("errors", messages(list));
    }

    static void none(Model model) {
        model.addAttribute("errors", Map.of());
    }

    static String language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
    }
}
