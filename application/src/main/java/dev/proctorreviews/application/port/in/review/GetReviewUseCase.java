package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.CurrentReview;
import java.util.Optional;

/** Read an attempt's current review. */
public interface GetReviewUseCase {
    Optional<CurrentReview> get(AttemptCode code);
}
