package dev.proctorreviews.application.port.in;

import dev.proctorreviews.application.port.in.attempt.AttemptUseCases;
import dev.proctorreviews.application.port.in.delivery.DeliveryUseCases;
import dev.proctorreviews.application.port.in.exam.ExamUseCases;
import dev.proctorreviews.application.port.in.outcome.ReadOutcomesUseCases;
import dev.proctorreviews.application.port.in.review.ApplyReviewToAttemptUseCase;
import dev.proctorreviews.application.port.in.review.DeleteReviewUseCase;
import dev.proctorreviews.application.port.in.review.ReadReviewsUseCases;
import dev.proctorreviews.application.port.in.review.ReceiveVendorReviewUseCase;
import dev.proctorreviews.application.port.in.review.RecordStaffDecisionUseCase;
import dev.proctorreviews.application.port.in.staff.MintSignInLinkUseCase;
import dev.proctorreviews.application.port.in.user.UserUseCases;
import dev.proctorreviews.application.port.in.subscription.SubscriptionUseCases;

/**
 * The core as a driving adapter sees it: one accessor per service, each typed by the use cases that service
 * offers. An adapter hands each of its route groups only the accessors it needs; a new use case on an existing
 * service is reachable without changing this interface or the wiring.
 */
public interface CoreUseCases {
    ReceiveVendorReviewUseCase receiveReview();

    UserUseCases users();

    ExamUseCases exams();

    AttemptUseCases attempts();

    ReadReviewsUseCases reviews();

    DeleteReviewUseCase deleteReview();

    RecordStaffDecisionUseCase staffDecisions();

    ApplyReviewToAttemptUseCase applyReview();

    ReadOutcomesUseCases outcomes();

    DeliveryUseCases deliveries();

    MintSignInLinkUseCase signInLinks();

    SubscriptionUseCases subscriptions();
}
