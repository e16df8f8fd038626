package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.Exam;

/**
 * The decision table: what a review makes of its attempt. The first matching rule wins:
 * <ol>
 *   <li>passing status for the exam's backend: {@code verified};</li>
 *   <li>{@code Not Reviewed}: {@code error};</li>
 *   <li>an internal reviewer, or second reviews switched off: {@code rejected};</li>
 *   <li>a practice exam: {@code rejected};</li>
 *   <li>otherwise: {@code second_review_required}.</li>
 * </ol>
 */
public final class AttemptOutcome {
    private AttemptOutcome() {
    }

    public static AttemptStatus decide(ReviewStatus status, Exam exam, boolean hasReviewer, ReviewPolicy policy) {
        if (policy.passingStatuses().passes(status, exam.backend())) {
            return AttemptStatus.VERIFIED;
        }
        if (status == ReviewStatus.NOT_REVIEWED) {
            return AttemptStatus.ERROR;
        }
        if (hasReviewer || !policy.secondReviewsRequired()) {
            return AttemptStatus.REJECTED;
        }
        if (exam.isPracticeExam()) {
            return AttemptStatus.REJECTED;
        }
        return AttemptStatus.SECOND_REVIEW_REQUIRED;
    }
}
