package dev.proctorreviews.http;

import dev.proctorreviews.application.port.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A request that ends in an error answer before any use case could decide it: a bad signature or token, a body
 * too large or not readable, bad parameters, no admission. Use-case results are not thrown: {@link Answers}
 * maps them. Turned into problem+json in one place ({@link Problems}); it never leaves the adapter.
 */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final ProblemCode code;
    final transient List<FieldError> errors;
    final transient Map<String, String> headers;

    ProblemException(ProblemCode code, String detail) {
        this(code, detail, List.of(), Map.of());
    }

    ProblemException(ProblemCode code, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemCode.INVALID_REQUEST, "The request has invalid fields.", errors, Map.of());
    }

    static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }
}
