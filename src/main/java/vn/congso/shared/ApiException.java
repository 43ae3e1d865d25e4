package vn.congso.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user can understand: an HTTP status, a stable machine code (also the message key
 * {@code problem.<code>}) and arguments for the message. Thrown by domain code and use cases; turned into
 * problem+json for the API and an error page for the browser.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    public ApiException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public ApiException(HttpStatus status, String code, List<FieldProblem> fieldProblems, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static ApiException notFound(String code, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, code, args);
    }

    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, args);
    }

    public static ApiException invalid(List<FieldProblem> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation.failed", problems);
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, code, args);
    }

    public static ApiException forbidden(String code, Object... args) {
        return new ApiException(HttpStatus.FORBIDDEN, code, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
