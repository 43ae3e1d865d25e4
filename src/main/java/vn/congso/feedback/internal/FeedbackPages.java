package vn.congso.feedback.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
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

/**
 * The public feedback pages: the form ({@code /phan-anh/gui}), the sender's page ({@code /phan-anh/theo-doi/{code}}),
 * the list of published answers ({@code /phan-anh}) and one answer with like/dislike ({@code /phan-anh/{code}}).
 */
@Controller
class FeedbackPages {

    private final PublicFeedback feedback;
    private final FeedbackViews views;
    private final FormErrors errors;

    FeedbackPages(PublicFeedback feedback, FeedbackViews views, FormErrors errors) {
        this.feedback = feedback;
        this.views = views;
        this.errors = errors;
    }

    @GetMapping("/phan-anh/gui")
    String form(@RequestParam(name = "thuTuc", required = false) String procedure, @RequestParam(name = "hoSo", required = false) String dossier,
                @RequestParam(name = "kiemTra", required = false) String check, Model model) {
        model.addAttribute("subject", feedback.subject(procedure, dossier, check));
        model.addAttribute("form", new FeedbackInput(procedure, dossier, check, null, null, null, null, null));
        FormErrors.none(model);
        return "feedback/form";
    }

    @PostMapping("/phan-anh/gui")
    String file(FeedbackInput form, Model model, HttpServletResponse response) {
        try {
            FeedbackItem item = feedback.file(form);
            return "redirect:/phan-anh/theo-doi/" + item.code() + "?kiemTra=" + item.checkCode() + "&moi";
        } catch (ApiException e) {
            if (e.fieldProblems().isEmpty() || e.fieldProblems().stream().anyMatch(p -> p.field().equals("subject"))) {
                throw e;
            }
            model.addAttribute("subject", feedback.subject(form.procedureCode(), form.dossierCode(), form.check()));
            model.addAttribute("form", form);
            // The page's content field is "details": "content" is the id of the layout's main block.
            errors.put(model, e.fieldProblems().stream().map(p -> p.field().equals("content")
                    ? new vn.congso.shared.FieldProblem("details", p.code(), p.message(), p.args()) : p).toList());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "feedback/form";
        }
    }

    @GetMapping("/phan-anh/theo-doi")
    String lookup(@RequestParam(name = "ma", required = false) String code, @RequestParam(name = "kiemTra", required = false) String check) {
        if (code == null || code.isBlank()) {
            return "redirect:/phan-anh";
        }
        return "redirect:/phan-anh/theo-doi/" + encode(code.strip()) + "?kiemTra=" + encode(check == null ? "" : check.strip());
    }

    @GetMapping("/phan-anh/theo-doi/{code}")
    String track(@PathVariable String code, @RequestParam(name = "kiemTra", required = false) String check, Model model) {
        model.addAttribute("f", views.sender(feedback.track(code, check)));
        FormErrors.none(model);
        return "feedback/track";
    }

    @PostMapping("/phan-anh/theo-doi/{code}/bo-sung")
    String supplement(@PathVariable String code, @RequestParam(name = "kiemTra", required = false) String check,
                      @RequestParam(required = false) String content, Model model, HttpServletResponse response) {
        try {
            FeedbackItem item = feedback.supplement(code, check, content);
            return "redirect:/phan-anh/theo-doi/" + item.code() + "?kiemTra=" + item.checkCode() + "&boSung";
        } catch (ApiException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            model.addAttribute("f", views.sender(feedback.track(code, check)));
            errors.put(model, e.fieldProblems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "feedback/track";
        }
    }

    @GetMapping("/phan-anh")
    String published(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", feedback.published(q, Paging.of(page, 10)).map(views::published));
        model.addAttribute("pageBase", q == null || q.isBlank() ? "/phan-anh" : "/phan-anh?q=" + encode(q));
        return "feedback/list";
    }

    @GetMapping("/phan-anh/{code}")
    String publishedOne(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        FeedbackItem item = feedback.publishedOne(code);
        String reactor = feedback.reactor(ReaderCookie.readOrCreate(request, response));
        model.addAttribute("f", views.published(item));
        model.addAttribute("reaction", feedback.reaction(item, reactor).orElse(null));
        return "feedback/published";
    }

    @PostMapping("/phan-anh/{code}/phan-hoi")
    String react(@PathVariable String code, @RequestParam(required = false) Boolean like, HttpServletRequest request,
                 HttpServletResponse response) {
        if (like == null) {
            throw ApiException.badRequest("feedback.reaction.choose");
        }
        String reactor = feedback.reactor(ReaderCookie.readOrCreate(request, response));
        try {
            FeedbackItem item = feedback.react(code, reactor, like);
            return "redirect:/phan-anh/" + item.code() + "?camOn#reactions";
        } catch (ApiException e) {
            if (e.status() == HttpStatus.CONFLICT) {
                return "redirect:/phan-anh/" + encode(code.strip().toUpperCase(java.util.Locale.ROOT)) + "?daPhanHoi#reactions";
            }
            throw e;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
