package dev.proctorreviews.http;

import dev.proctorreviews.application.LogText;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.proctorreviews.application.port.FieldError;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every error as RFC 9457 problem+json with a stable {@code code}. Titles are fixed per code; details
 * speak to people; a 500 carries only a correlation id, never a stack trace, SQL or class name.
 */
final class Problems {
    static final String TYPE_BASE = "https://proctor-reviews.dev/problems/";
    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static void write(Context ctx, ProblemException problem) {
        problem.headers.forEach(ctx::header);
        write(ctx, problem.code, problem.getMessage(), problem.errors, null);
    }

    static void write(Context ctx, ProblemCode code, String detail) {
        write(ctx, code, detail, List.of(), null);
    }

    static void write(Context ctx, ProblemCode code, String detail, List<FieldError> errors) {
        write(ctx, code, detail, errors, null);
    }

    /** A 500: the cause is logged under a correlation id, which is all the client gets. */
    static void internalError(Context ctx, Exception cause) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.error("Internal error {} on {} {}", instance, ctx.method(), LogText.safe(ctx.path()), cause);
        write(ctx, ProblemCode.INTERNAL_ERROR, "An internal error occurred; quote the instance when reporting it.",
                List.of(), instance);
    }

    /** The document alone, for answers written below Javalin (the Jetty errors of {@link JettyProblems}). */
    static byte[] document(ProblemCode code, String detail) {
        return Json.bytes(body(code, detail, List.of(), null));
    }

    private static void write(Context ctx, ProblemCode code, String detail, List<FieldError> errors,
                              String instance) {
        Json.write(ctx.status(code.status), body(code, detail, errors, instance), CONTENT_TYPE);
    }

    private static Body body(ProblemCode code, String detail, List<FieldError> errors, String instance) {
        return new Body(TYPE_BASE + code.wireName(), code.title, code.status, detail, code.wireName(),
                errors.isEmpty() ? null : errors, instance);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String type, String title, int status, String detail, String code, List<FieldError> errors,
                String instance) {
    }
}
