package vn.congso.shared.internal;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import vn.congso.shared.Problems;

/**
 * The container's last resort ({@code /error}): errors raised outside controllers (filters, security,
 * unknown paths) get the same problem+json or error page as the rest.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object statusAttr = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(statusAttr instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String code = switch (status) {
            case NOT_FOUND -> "not-found";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case METHOD_NOT_ALLOWED -> "method.not-allowed";
            case PAYLOAD_TOO_LARGE -> "file.too-large";
            case BAD_REQUEST -> "bad-request";
            default -> status.is4xxClientError() ? "bad-request" : "internal";
        };
        ProblemDetail problem = problems.of(status, code, new Object[] {""}, List.of(), path);
        if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(status);
        page.addObject("problem", problem);
        return page;
    }
}
