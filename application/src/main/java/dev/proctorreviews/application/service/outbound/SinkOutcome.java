package dev.proctorreviews.application.service.outbound;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a sink's try of one message ended. {@code status} is the receiver's status when it has one (HTTP), the
 * excerpt the first characters of its answer (empty when none); a failure says what went wrong in a few words.
 */
public sealed interface SinkOutcome {
    OptionalInt status();

    String responseExcerpt();

    record Sent(OptionalInt status, String responseExcerpt) implements SinkOutcome {
        public Sent {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(responseExcerpt, "responseExcerpt");
        }
    }

    record Failed(OptionalInt status, String error, String responseExcerpt) implements SinkOutcome {
        public Failed {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(responseExcerpt, "responseExcerpt");
            if (error == null || error.isBlank()) {
                throw new IllegalArgumentException("a failed try says what went wrong");
            }
        }

        /** A try that got no answer at all. */
        public static Failed unanswered(String error) {
            return new Failed(OptionalInt.empty(), error, "");
        }
    }
}
