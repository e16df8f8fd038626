package dev.proctorreviews.application.port.in.review;

/** Receive an authentic vendor delivery: read it, find its attempt, version the review and apply it. */
public interface ReceiveVendorReviewUseCase {
    ReceiveReviewResult receive(ReceiveReviewCommand command);
}
