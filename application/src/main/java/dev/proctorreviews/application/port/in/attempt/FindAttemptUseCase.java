package dev.proctorreviews.application.port.in.attempt;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import java.util.Optional;

/** Find an attempt, live or archived. */
public interface FindAttemptUseCase {
    Optional<Attempt> find(AttemptLookup lookup);
}
