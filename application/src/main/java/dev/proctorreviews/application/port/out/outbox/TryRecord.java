package dev.proctorreviews.application.port.out.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one try of a message ended, as the outbox records it: its time, the receiver's status when there was one,
 * a short error when it failed, the first characters of the answer. {@code nextTryAt} is when to try again
 * after a failed try; empty after a success, or when the schedule is used up (the message has then failed).
 */
public record TryRecord(Instant at, boolean delivered, OptionalInt status, Optional<String> error,
                        String responseExcerpt, Optional<Instant> nextTryAt) {
    /** What the delivery log keeps of an error and of an answer (longer ones are cut). */
    public static final int ERROR_LIMIT = 200;
    public static final int EXCERPT_LIMIT = 1_000;

    public TryRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(responseExcerpt, "responseExcerpt");
        Objects.requireNonNull(nextTryAt, "nextTryAt");
        if (delivered && (error.isPresent() || nextTryAt.isPresent())) {
            throw new IllegalArgumentException("a delivered try has neither an error nor a next try");
        }
        error = error.map(e -> e.length() > ERROR_LIMIT ? e.substring(0, ERROR_LIMIT) : e);
        if (responseExcerpt.length() > EXCERPT_LIMIT) {
            int end = Character.isHighSurrogate(responseExcerpt.charAt(EXCERPT_LIMIT - 1)) ? EXCERPT_LIMIT - 1
                    : EXCERPT_LIMIT;
            responseExcerpt = responseExcerpt.substring(0, end);
        }
    }

    /** The message's state after this try. */
    public String state() {
        return delivered ? "delivered" : nextTryAt.isPresent() ? "pending" : "failed";
    }
}
