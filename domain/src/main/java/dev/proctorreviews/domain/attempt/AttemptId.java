package dev.proctorreviews.domain.attempt;

import dev.proctorreviews.domain.Require;

/** Identifier of an attempt, assigned by storage. */
public record AttemptId(long value) {
    public AttemptId {
        Require.positive(value, "attempt_id");
    }
}
