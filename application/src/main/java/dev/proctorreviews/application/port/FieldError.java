package dev.proctorreviews.application.port;

/** One invalid field of a request, by its JSON path ({@code ""} for the body as a whole). */
public record FieldError(String field, String message) {
}
