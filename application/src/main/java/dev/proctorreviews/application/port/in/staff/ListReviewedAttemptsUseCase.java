package dev.proctorreviews.application.port.in.staff;

import dev.proctorreviews.application.port.ReviewedAttempt;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.List;

/**
 * The attempts of an exam that have a review, those needing attention first: {@code second_review_required},
 * then {@code error}, then the rest; newest review first within each group.
 */
public interface ListReviewedAttemptsUseCase {
    List<ReviewedAttempt> reviewedAttempts(ExamId exam);
}
