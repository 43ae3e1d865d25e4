package vn.congso.shared.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Values every page needs: the link that switches language on the same page. */
@ControllerAdvice
class PageModelAdvice {

    @ModelAttribute("otherLangUrl")
    String otherLangUrl(HttpServletRequest request) {
        // the advice reaches REST controllers too, whose answers have no page to link from
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return switchLanguageUrl(request);
    }

    static String switchLanguageUrl(HttpServletRequest request) {
        String other = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "vi" : "en";
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
                .query(request.getQueryString())
                .replaceQueryParam("lang", other)
                .build().toUriString();
    }
}
