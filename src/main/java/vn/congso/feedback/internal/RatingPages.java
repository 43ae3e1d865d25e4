package vn.congso.feedback.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congso.shared.ApiException;

/**
 * The satisfaction survey: {@code /danh-gia/{code}?kiemTra=…} from the e-mail link (or signed in as the applicant),
 * and the counter tablet {@code /can-bo/danh-gia} where an officer opens a dossier of their agency and the
 * applicant taps one of three big buttons.
 */
@Controller
class RatingPages {

    private final Ratings ratings;
    private final FormErrors errors;

    RatingPages(Ratings ratings, FormErrors errors) {
        this.ratings = ratings;
        this.errors = errors;
    }

    @GetMapping("/danh-gia/{code}")
    String survey(@PathVariable String code, @RequestParam(name = "kiemTra", required = false) String check, Model model,
                  HttpServletResponse response) {
        Ratings.Target target = ratings.online(code, check);
        show(model, target, check, response);
        return "feedback/rate";
    }

    @PostMapping("/danh-gia/{code}")
    String rate(@PathVariable String code, @RequestParam(name = "kiemTra", required = false) String check,
                @RequestParam(required = false) String rating, @RequestParam(required = false) String comment, Model model,
                HttpServletResponse response) {
        try {
            model.addAttribute("rated", ratings.rateOnline(code, check, rating, comment));
            return "feedback/rated";
        } catch (ApiException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            show(model, ratings.online(code, check), check, response);
            model.addAttribute("rating", rating);
            model.addAttribute("comment", comment);
            errors.put(model, e.fieldProblems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "feedback/rate";
        }
    }

    @GetMapping("/can-bo/danh-gia")
    String counter(@RequestParam(name = "ma", required = false) String code, Model model, HttpServletResponse response) {
        FormErrors.none(model);
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            try {
                Ratings.Target target = ratings.counter(code);
                model.addAttribute("d", target.dossier());
                model.addAttribute("alreadyRated", target.rating().isPresent());
                if (!target.returned()) {
                    response.setStatus(HttpStatus.CONFLICT.value());
                }
            } catch (ApiException e) {
                if (e.status() != HttpStatus.NOT_FOUND) {
                    throw e;
                }
                response.setStatus(HttpStatus.NOT_FOUND.value());
                model.addAttribute("notFound", true);
            }
        }
        return "feedback/counter";
    }

    @PostMapping("/can-bo/danh-gia/{code}")
    String counterRate(@PathVariable String code, @RequestParam(required = false) String rating, Model model) {
        ratings.rateAtCounter(code, rating, null);
        return "redirect:/can-bo/danh-gia?camOn=" + URLEncoder.encode(rating == null ? "" : rating, StandardCharsets.UTF_8);
    }

    private void show(Model model, Ratings.Target target, String check, HttpServletResponse response) {
        model.addAttribute("d", target.dossier());
        model.addAttribute("check", check);
        model.addAttribute("alreadyRated", target.rating().orElse(null));
        if (!target.returned() && target.rating().isEmpty()) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        if (!model.containsAttribute("errors")) {
            FormErrors.none(model);
        }
    }
}
