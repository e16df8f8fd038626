package dev.proctorreviews.application.port;

import dev.proctorreviews.domain.exam.Exam;

/** One row of a course page: an exam, how many of its attempts have a review and how many wait for a second one. */
public record ExamReviewCounts(Exam exam, int reviewedAttempts, int awaitingSecondReview) {
}
