package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.domain.attempt.AttemptCode;
import java.util.Optional;

/**
 * Apply the saved current review of an attempt to the attempt (status, credit, status event). A code that
 * matches no attempt, or an attempt without a review, gives an empty result: never an exception.
 */
public interface ApplyReviewToAttemptUseCase {
    Optional<AppliedOutcome> apply(AttemptCode code);
}
