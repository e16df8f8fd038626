package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.domain.attempt.AttemptCode;

/** Move an attempt's current review to history (reason {@code deleted}); false when there is none. */
public interface DeleteReviewUseCase {
    boolean delete(AttemptCode code);
}
