package dev.proctorreviews.application.port;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.time.Instant;

/**
 * One row of an exam page: an attempt with its current review's status.
 *
 * @param reviewedAt when the current review arrived (or was decided)
 */
public record ReviewedAttempt(Attempt attempt, String learnerUsername, ReviewStatus reviewStatus,
                              Instant reviewedAt) {
}
