package dev.proctorreviews.http;

import java.util.Locale;

/**
 * Every problem code the service answers, with its status and its fixed title. The wire code is the constant's
 * name in lower case, so a code cannot be misspelt in one place and a title cannot be missing.
 */
enum ProblemCode {
    INVALID_REQUEST(400, "Invalid request"),
    MALFORMED_PAYLOAD(400, "Malformed payload"),
    MALFORMED_REQUEST(400, "Malformed request"),
    URL_NOT_ALLOWED(400, "URL not allowed"),
    UNAUTHORIZED(401, "Unauthorized"),
    SIGNATURE_INVALID(401, "Signature invalid"),
    EXTERNAL_ID_MISMATCH(403, "External id mismatch"),
    REVIEWER_NOT_ALLOWED(403, "Reviewer not allowed"),
    NOT_FOUND(404, "Not found"),
    ATTEMPT_NOT_FOUND(404, "Attempt not found"),
    USER_NOT_FOUND(404, "User not found"),
    EXAM_NOT_FOUND(404, "Exam not found"),
    REVIEW_NOT_FOUND(404, "Review not found"),
    DELIVERY_NOT_FOUND(404, "Delivery not found"),
    SUBSCRIPTION_NOT_FOUND(404, "Subscription not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    REVIEW_ALREADY_EXISTS(409, "Review already exists"),
    EXAM_ALREADY_EXISTS(409, "Exam already exists"),
    ILLEGAL_STATUS_TRANSITION(409, "Illegal status transition"),
    ATTEMPT_ARCHIVED(409, "Attempt archived"),
    EXTERNAL_ID_TAKEN(409, "External id taken"),
    DELIVERY_ALREADY_REPLAYED(409, "Delivery already replayed"),
    EXAM_NOT_PROCTORED(412, "Exam not proctored"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    REQUEST_TIMEOUT(408, "Request timeout"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    HEADERS_TOO_LARGE(431, "Request headers too large"),
    BAD_REVIEW_STATUS(422, "Bad review status"),
    INTERNAL_ERROR(500, "Internal error"),
    DATABASE_UNAVAILABLE(503, "Database unavailable"),
    OVERLOADED(503, "Overloaded"),
    SHUTTING_DOWN(503, "Shutting down"),
    HTTP_VERSION_NOT_SUPPORTED(505, "HTTP version not supported");

    final int status;
    final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    /** The stable {@code code} member of the problem document. */
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
