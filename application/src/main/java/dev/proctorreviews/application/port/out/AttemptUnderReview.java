package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.ReviewHead;
import java.util.Optional;

/**
 * An attempt locked for a vendor review, with everything the review's decision reads before it writes: the
 * attempt's exam, the head of its current review (absent when it has none) and the number its next review
 * version gets.
 */
public record AttemptUnderReview(Attempt attempt, Exam exam, Optional<ReviewHead> current, int nextVersion) {
    public AttemptUnderReview {
        if (nextVersion < 1) {
            throw new IllegalArgumentException("the next version must be at least 1");
        }
    }
}
