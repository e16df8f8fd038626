package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.application.port.Refusal;
import dev.proctorreviews.domain.review.CurrentReview;

/** How recording a staff decision ended. */
public sealed interface StaffDecisionResult {
    record Decided(CurrentReview review) implements StaffDecisionResult {
    }

    record ReviewNotFound(String detail) implements StaffDecisionResult, Refusal {
    }

    record ReviewerNotAllowed(String detail) implements StaffDecisionResult, Refusal {
    }
}
