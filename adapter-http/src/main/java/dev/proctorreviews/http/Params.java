package dev.proctorreviews.http;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.CourseId;
import io.javalin.http.Context;
import java.util.Optional;

/** Path and query parameters read strictly: a bad one answers 400 naming it. */
final class Params {
    private Params() {
    }

    /** A positive integer id from the path. */
    static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long value = Long.parseLong(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be a positive integer");
    }

    /** An attempt code as given; empty when it cannot be one (so that it matches no attempt). */
    static Optional<AttemptCode> attemptCode(String value) {
        return value == null || value.isBlank() || value.length() > AttemptCode.MAX_LENGTH
                || value.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(new AttemptCode(value));
    }

    /** A required integer query parameter of at least {@code minimum}. */
    static long requiredLong(Context ctx, String name, long minimum) {
        return optionalLong(ctx, name, minimum).orElseThrow(() -> ProblemException.invalid(name, "is required"));
    }

    /** An optional integer query parameter of at least {@code minimum}. */
    static Optional<Long> optionalLong(Context ctx, String name, long minimum) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(raw);
            if (value >= minimum) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be an integer of at least " + minimum);
    }

    /** A required query parameter holding a course id (or another id of the same bounds). */
    static String requiredText(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank() || value.length() > CourseId.MAX_LENGTH || value.indexOf('\0') >= 0) {
            throw ProblemException.invalid(name, "is required (1 to " + CourseId.MAX_LENGTH + " characters)");
        }
        return value;
    }
}
