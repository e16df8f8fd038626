package dev.proctorreviews.application.port.in;

import dev.proctorreviews.domain.attempt.Attempt;

/** How registering an attempt or changing its status ended. */
public sealed interface AttemptResult {
    record Saved(Attempt attempt) implements AttemptResult {
    }

    /** @param resource what was missing: {@code attempt}, {@code exam} or {@code user} */
    record NotFound(String resource, String detail) implements AttemptResult {
    }

    record Archived(String detail) implements AttemptResult {
    }

    record IllegalTransition(String detail) implements AttemptResult {
    }
}
