package dev.proctorreviews.http;

import dev.proctorreviews.application.LogText;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.proctorreviews.application.port.FieldError;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every error as RFC 9457 problem+json with a stable {@code code}. Titles are fixed per code; details
 * speak to people; a 500 carries only a correlation id, never a stack trace, SQL or class name.
 */
final class Problems {
    static final String TYPE_BASE = "https://proctor-reviews.dev/problems/";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("attempt_not_found", "Attempt not found"),
            Map.entry("user_not_found", "User not found"),
            Map.entry("exam_not_found", "Exam not found"),
            Map.entry("review_not_found", "Review not found"),
            Map.entry("not_found", "Not found"),
            Map.entry("signature_invalid", "Signature invalid"),
            Map.entry("unauthorized", "Unauthorized"),
            Map.entry("malformed_payload", "Malformed payload"),
            Map.entry("invalid_request", "Invalid request"),
            Map.entry("bad_review_status", "Bad review status"),
            Map.entry("external_id_mismatch", "External id mismatch"),
            Map.entry("exam_not_proctored", "Exam not proctored"),
            Map.entry("review_already_exists", "Review already exists"),
            Map.entry("exam_already_exists", "Exam already exists"),
            Map.entry("illegal_status_transition", "Illegal status transition"),
            Map.entry("attempt_archived", "Attempt archived"),
            Map.entry("reviewer_not_allowed", "Reviewer not allowed"),
            Map.entry("method_not_allowed", "Method not allowed"),
            Map.entry("payload_too_large", "Payload too large"),
            Map.entry("unsupported_media_type", "Unsupported media type"),
            Map.entry("database_unavailable", "Database unavailable"),
            Map.entry("overloaded", "Overloaded"),
            Map.entry("shutting_down", "Shutting down"),
            Map.entry("delivery_not_found", "Delivery not found"),
            Map.entry("delivery_already_replayed", "Delivery already replayed"),
            Map.entry("internal_error", "Internal error"));

    private Problems() {
    }

    static void write(Context ctx, ProblemException problem) {
        problem.headers.forEach(ctx::header);
        write(ctx, problem.status, problem.code, problem.getMessage(), problem.errors, null);
    }

    static void write(Context ctx, int status, String code, String detail) {
        write(ctx, status, code, detail, List.of(), null);
    }

    /** A 500: the cause is logged under a correlation id, which is all the client gets. */
    static void internalError(Context ctx, Exception cause) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.error("Internal error {} on {} {}", instance, ctx.method(), LogText.safe(ctx.path()), cause);
        write(ctx, 500, "internal_error", "An internal error occurred; quote the instance when reporting it.",
                List.of(), instance);
    }

    private static void write(Context ctx, int status, String code, String detail, List<FieldError> errors,
                              String instance) {
        String title = TITLES.getOrDefault(code, code);
        Body body = new Body(TYPE_BASE + code, title, status, detail, code, errors.isEmpty() ? null : errors,
                instance);
        Json.write(ctx.status(status), body, "application/problem+json");
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String type, String title, int status, String detail, String code, List<FieldError> errors,
                String instance) {
    }
}
