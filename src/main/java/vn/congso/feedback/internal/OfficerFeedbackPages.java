package vn.congso.feedback.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congso.shared.ApiException;
import vn.congso.shared.Paging;

/** The officers' feedback queue {@code /can-bo/phan-anh} and one feedback with the actions allowed now. */
@Controller
class OfficerFeedbackPages {

    private final FeedbackHandling handling;
    private final FeedbackViews views;
    private final FormErrors errors;

    OfficerFeedbackPages(FeedbackHandling handling, FeedbackViews views, FormErrors errors) {
        this.handling = handling;
        this.views = views;
        this.errors = errors;
    }

    @GetMapping("/can-bo/phan-anh")
    String queue(@RequestParam(name = "hangDoi", required = false) String queue, @RequestParam(required = false) Integer page, Model model) {
        FeedbackHandling.Queue q = OfficerFeedbackApi.queue(queue);
        model.addAttribute("queue", q.name());
        model.addAttribute("counts", handling.counts());
        model.addAttribute("results", handling.queue(q, Paging.of(page, 20)).map(f -> views.officer(f, handling.dueState(f))));
        model.addAttribute("pageBase", "/can-bo/phan-anh?hangDoi=" + q.name());
        return "feedback/queue";
    }

    @GetMapping("/can-bo/phan-anh/{code}")
    String one(@PathVariable String code, Model model) {
        FeedbackItem f = handling.get(code);
        model.addAttribute("f", views.officer(f, handling.dueState(f)));
        FormErrors.none(model);
        return "feedback/handle";
    }

    @PostMapping("/can-bo/phan-anh/{code}")
    String act(@PathVariable String code, @RequestParam(required = false) String action, @RequestParam(required = false) String text,
               @RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
        try {
            FeedbackItem f = handling.act(code, OfficerFeedbackApi.action(action), text, version);
            return "redirect:/can-bo/phan-anh/" + f.code() + "?xong=" + f.status().name().toLowerCase(Locale.ROOT);
        } catch (ApiException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            FeedbackItem f = handling.get(code);
            model.addAttribute("f", views.officer(f, handling.dueState(f)));
            model.addAttribute("failedAction", action);
            model.addAttribute("text", text);
            errors.put(model, e.fieldProblems().stream().map(p -> p.field().equals("text")
                    ? new vn.congso.shared.FieldProblem("text-" + action, p.code(), p.message(), p.args()) : p).toList());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "feedback/handle";
        }
    }
}
