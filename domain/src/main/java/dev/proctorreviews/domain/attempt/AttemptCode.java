package dev.proctorreviews.domain.attempt;

import dev.proctorreviews.domain.Require;
import java.util.Locale;
import java.util.UUID;

/**
 * The secret code handed to the vendor for one attempt; vendors send it back as {@code examCode}.
 * Matching is exact: the code is ours and we always write it the same way.
 */
public record AttemptCode(String value) {
    public static final int MAX_LENGTH = 64;

    public AttemptCode {
        Require.text(value, "attempt_code", MAX_LENGTH);
    }

    /** A fresh code: an upper-case random UUID, as edx-proctoring generated them. */
    public static AttemptCode generate() {
        return new AttemptCode(UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
    }
}
