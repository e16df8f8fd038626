package dev.proctorreviews.application.port.in.delivery;

import dev.proctorreviews.application.port.Refusal;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;

/** How replaying a parked delivery ended. */
public sealed interface ReplayResult {
    /** The delivery went through the workflow again; its result says how that went. */
    record Replayed(ReceiveReviewResult result) implements ReplayResult {
    }

    record NotFound(String detail) implements ReplayResult, Refusal {
    }

    record AlreadyReplayed(String detail) implements ReplayResult, Refusal {
    }
}
