package dev.proctorreviews.http;

import dev.proctorreviews.application.port.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A request that ends in an error answer. Thrown by routes and validation, turned into problem+json in one
 * place ({@link Problems}); it never leaves the adapter.
 */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final transient List<FieldError> errors;
    final transient Map<String, String> headers;

    ProblemException(int status, String code, String detail) {
        this(status, code, detail, List.of(), Map.of());
    }

    ProblemException(int status, String code, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "invalid_request", "The request has invalid fields.", errors, Map.of());
    }

    static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    static ProblemException notFound(String code, String detail) {
        return new ProblemException(404, code, detail);
    }
}
