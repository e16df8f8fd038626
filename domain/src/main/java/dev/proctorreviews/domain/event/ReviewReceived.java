package dev.proctorreviews.domain.event;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.ReviewStatus;

/** A review was applied. Carries the attempt as it was before the review, so consumers see the transition. */
public record ReviewReceived(Exam exam, Attempt attemptBefore, ReviewStatus reviewStatus) implements DomainEvent {
    public static final String TYPE = "review_received";

    public ReviewReceived {
        Require.present(exam, "exam");
        Require.present(attemptBefore, "attempt");
        Require.present(reviewStatus, "review_status");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
