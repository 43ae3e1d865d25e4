package vn.congso.feedback.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;

/**
 * Adds the feedback links to the dossier pages (public tracking and the applicant's dossier page) without the
 * dossier module knowing about feedback: after such a page was allowed and rendered its model, this adds
 * {@code feedbackLinks} with the rating link (only when the result was returned and not yet rated) and the
 * feedback-form link, both carrying the dossier's check code.
 */
@Configuration
class DossierPageLinks implements WebMvcConfigurer, HandlerInterceptor {

    /** Links shown on a dossier page; {@code rate} is null when there is nothing to rate. */
    record Links(String rate, String feedback) {
    }

    private final Dossiers dossiers;
    private final Ratings ratings;

    DossierPageLinks(Dossiers dossiers, @org.springframework.context.annotation.Lazy Ratings ratings) {
        this.dossiers = dossiers;
        this.ratings = ratings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/tra-cuu", "/ho-so/*");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || response.getStatus() >= 400) {
            return;
        }
        String code = null;
        if ("dossier/tracking".equals(mav.getViewName()) && mav.getModel().get("t") != null) {
            code = request.getParameter("ma");
        } else if ("dossier/detail".equals(mav.getViewName()) && mav.getModel().get("d") instanceof DossierView d) {
            code = d.code();
        }
        if (code == null || code.isBlank() || code.length() > 60) {
            return;
        }
        dossiers.byCode(code.strip().toUpperCase(Locale.ROOT)).ifPresent(d -> {
            String check = d.checkCode();
            String rate = d.status() == DossierStatus.RETURNED && !ratings.rated(d.id())
                    ? "/danh-gia/" + d.code() + "?kiemTra=" + check : null;
            mav.addObject("feedbackLinks", new Links(rate, "/phan-anh/gui?hoSo=" + d.code() + "&kiemTra=" + check));
        });
    }
}
