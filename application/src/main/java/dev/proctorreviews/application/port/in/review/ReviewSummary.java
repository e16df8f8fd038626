package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.util.Optional;

/** The state a callback answer reports: the attempt's current review status and the attempt's status. */
public record ReviewSummary(AttemptCode attemptCode, Optional<ReviewStatus> reviewStatus,
                            AttemptStatus attemptStatus) {
}
