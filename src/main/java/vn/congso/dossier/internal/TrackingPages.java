package vn.congso.dossier.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congso.shared.ApiException;
import vn.congso.shared.Problems;

/** The public tracking page {@code /tra-cuu}. */
@Controller
class TrackingPages {

    private final Tracking tracking;
    private final Problems problems;

    TrackingPages(Tracking tracking, Problems problems) {
        this.tracking = tracking;
        this.problems = problems;
    }

    @GetMapping("/tra-cuu")
    String track(@RequestParam(name = "ma", required = false) String code, @RequestParam(name = "kiemTra", required = false) String check,
                 Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("code", code);
        model.addAttribute("check", check);
        if (code != null && !code.isBlank()) {
            try {
                model.addAttribute("t", tracking.track(code, check));
            } catch (ApiException e) {
                response.setStatus(e.status() == HttpStatus.TOO_MANY_REQUESTS ? 429 : 404);
                model.addAttribute("error", problems.of(e, null).getDetail());
            }
        }
        return "dossier/tracking";
    }
}
