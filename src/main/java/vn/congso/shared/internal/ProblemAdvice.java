package vn.congso.shared.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.congso.shared.ApiException;
import vn.congso.shared.Problems;
import vn.congso.shared.FieldProblem;

/**
 * One place where refusals become answers: problem+json under {@code /api/}, an error page elsewhere.
 * Nothing reaches the user as a stack trace; unexpected errors are logged and answered with a neutral 500.
 */
@ControllerAdvice
@Order(0)
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;

    ProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    Object api(ApiException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(e, request, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class})
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(ApiException.invalid(List.of(FieldProblem.of(e.getName(), "type-mismatch", e.getName()))), request, response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(ApiException.invalid(List.of(FieldProblem.of(e.getParameterName(), "required"))), request, response);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(ApiException.invalid(List.of(FieldProblem.of(e.getRequestPartName(), "required"))), request, response);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    Object missingHeader(MissingRequestHeaderException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(ApiException.invalid(List.of(FieldProblem.of(e.getHeaderName(), "required"))), request, response);
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request, HttpServletResponse response) {
        List<FieldProblem> list = e.getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField(), f.isBindingFailure() ? "type-mismatch" : "invalid", f.getField()))
                .toList();
        return answer(ApiException.invalid(list), request, response);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest request, HttpServletResponse response) {
        List<FieldProblem> list = e.getParameterValidationResults().stream()
                .map(r -> FieldProblem.of(r.getMethodParameter().getParameterName(), "invalid", r.getMethodParameter().getParameterName()))
                .toList();
        return answer(ApiException.invalid(list), request, response);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(ApiException.badRequest("body.unreadable"), request, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "method.not-allowed", e.getMethod()), request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type.unsupported"), request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<String> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.TEXT_PLAIN).body("Not acceptable");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file.too-large"), request, response);
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(ApiException.badRequest("multipart.invalid"), request, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(ApiException.notFound("not-found"), request, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object optimistic(OptimisticLockingFailureException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(ApiException.conflict("concurrent-change"), request, response);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    Object denied(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        if (request.getUserPrincipal() == null) {
            return answer(new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"), request, response);
        }
        return answer(ApiException.forbidden("forbidden"), request, response);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "internal"), request, response);
    }

    private Object answer(ApiException e, HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) {
            ProblemDetail body = problems.of(e, request.getRequestURI());
            return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        response.setStatus(e.status().value());
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(e.status());
        page.addObject("problem", problems.of(e, request.getRequestURI()));
        return page;
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context + "/api/");
    }
}
