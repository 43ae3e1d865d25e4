package vn.congso.feedback.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.congso.shared.FieldProblem;
import vn.congso.shared.Problems;

/** A form's problems for the page: one message per field, for the error summary and beside each field. */
@Component("feedbackFormErrors")
class FormErrors {

    private final Problems problems;

    FormErrors(Problems problems) {
        this.problems = problems;
    }

    void put(Model model, List<FieldProblem> list) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : list) {
            byField.putIfAbsent(p.field(), problems.resolve(p, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("errors", byField);
    }

    static void none(Model model) {
        model.addAttribute("errors", Map.of());
    }
}
