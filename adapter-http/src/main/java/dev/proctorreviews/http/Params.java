package dev.proctorreviews.http;

import dev.proctorreviews.application.PercentDecoding;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.CourseId;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Path and query parameters read strictly: a bad one answers 400 naming it. Query parameters are read from the
 * raw query string, not through Javalin, which drops a value it cannot decode ({@code after=%zz}) as if it were
 * absent: a client's typo would then silently mean the default.
 */
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
        Optional<String> raw = query(ctx, name).filter(v -> !v.isEmpty());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value >= minimum) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be an integer of at least " + minimum);
    }

    /**
     * An optional integer query parameter whose absence means something of its own (a reset without a requesting
     * user): given with an empty value, it is a 400, not the same as leaving it out.
     */
    static Optional<Long> optionalNonEmptyLong(Context ctx, String name, long minimum) {
        if (query(ctx, name).filter(String::isEmpty).isPresent()) {
            throw ProblemException.invalid(name, "must be an integer of at least " + minimum);
        }
        return optionalLong(ctx, name, minimum);
    }

    /** The page a list route is asked for: {@code after} (exclusive, default 0) and {@code limit} (default 100). */
    static PageRequest page(Context ctx) {
        return PageRequest.of(optionalLong(ctx, "after", 0).orElse(0L), limit(ctx));
    }

    /** The {@code limit} a list route is asked for: {@link PageRequest}'s default when absent, its cap above it. */
    static int limit(Context ctx) {
        return PageRequest.of(0, optionalLong(ctx, "limit", 1).orElse((long) PageRequest.DEFAULT_LIMIT)).limit();
    }

    /** A required query parameter holding a course id (or another id of the same bounds). */
    static String requiredText(Context ctx, String name) {
        String value = query(ctx, name).orElse(null);
        if (value == null || value.isBlank() || value.length() > CourseId.MAX_LENGTH || value.indexOf('\0') >= 0) {
            throw ProblemException.invalid(name, "is required (1 to " + CourseId.MAX_LENGTH + " characters)");
        }
        return value;
    }

    /**
     * A query parameter's value, decoded as forms encode it ({@code +} is a space); empty when absent. Given
     * twice, or not decodable (a malformed escape, bytes that are not UTF-8), it is a 400 naming it.
     */
    static Optional<String> query(Context ctx, String name) {
        String rawQuery = ctx.queryString();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> found = Optional.empty();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (!PercentDecoding.form(key).filter(name::equals).isPresent()) {
                continue;
            }
            if (found.isPresent()) {
                throw ProblemException.invalid(name, "must be given at most once");
            }
            found = Optional.of(PercentDecoding.form(equals < 0 ? "" : pair.substring(equals + 1))
                    .orElseThrow(() -> ProblemException.invalid(name, "is not valid percent-encoded UTF-8")));
        }
        return found;
    }
}
