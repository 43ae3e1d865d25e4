package vn.congso.shared.internal;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English second. Pages: {@code ?lang=en} switches and a cookie remembers (no session is
 * created). API: {@code ?lang=} or {@code Accept-Language}; Vietnamese when nothing says otherwise.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final String COOKIE = "lang";

    @Bean
    LocaleResolver localeResolver() {
        return new CongsoLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    static Locale supported(String tag) {
        if (tag == null) {
            return null;
        }
        String lang = tag.trim().toLowerCase(Locale.ROOT);
        if (lang.startsWith("en")) {
            return Locale.ENGLISH;
        }
        if (lang.startsWith("vi")) {
            return VI;
        }
        return null;
    }

    /**
     * A parameter of the query string. The language is chosen by links ({@code ?lang=en}); asking the request for
     * its parameters would make the servlet container read a form or multipart body before the dispatcher.
     */
    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                try {
                    return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    static final class CongsoLocaleResolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale param = supported(queryParameter(request.getQueryString(), "lang"));
            if (param != null) {
                return param;
            }
            boolean api = ProblemAdvice.isApi(request);
            if (api) {
                String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
                if (header != null) {
                    for (String part : header.split(",")) {
                        Locale l = supported(part.split(";")[0]);
                        if (l != null) {
                            return l;
                        }
                    }
                }
            }
            if (request.getCookies() != null) {
                for (Cookie c : request.getCookies()) {
                    if (COOKIE.equals(c.getName())) {
                        Locale l = supported(c.getValue());
                        if (l != null) {
                            return l;
                        }
                    }
                }
            }
            return VI;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale l = locale == null ? VI : supported(locale.getLanguage());
            if (l == null || response == null) {
                return;
            }
            request.setAttribute(CongsoLocaleResolver.class.getName(), l);
            ResponseCookie cookie = ResponseCookie.from(COOKIE, l.getLanguage())
                    .path("/").maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(false).build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }
    }
}
