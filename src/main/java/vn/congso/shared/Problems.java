package vn.congso.shared;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;




/** Builds RFC 9457 problem details with a stable code and messages in the request's language. */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(ApiException e, String path) {
        return of(e.status(), e.code(), e.args(), e.fieldProblems(), path);
    }

    public ProblemDetail of(HttpStatus status, String code, Object[] args, List<FieldProblem> fieldProblems, String path) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:congso:problem:" + code));
        problem.setTitle(message("status." + status.value(), new Object[0], status.getReasonPhrase(), locale));
        problem.setDetail(message("problem." + code, args, code, locale));
        problem.setProperty("code", code);
        if (path != null) {
            problem.setInstance(URI.create(path.replace(" ", "%20")));
        }
        if (!fieldProblems.isEmpty()) {
            problem.setProperty("errors", fieldProblems.stream().map(p -> Map.of(
                    "field", p.field(),
                    "code", p.code(),
                    "message", resolve(p, locale))).toList());
        }
        return problem;
    }

    public String resolve(FieldProblem p, Locale locale) {
        if (p.message() != null) {
            return p.message();
        }
        return message("field." + p.code(), p.args(), p.code(), locale);
    }

    public String message(String key, Object[] args, String fallback, Locale locale) {
        return messages.getMessage(key, args, fallback, locale);
    }
}
