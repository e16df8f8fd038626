package dev.proctorreviews.application.port.in.review;

/** Reading an attempt's review and its history. */
public interface ReadReviewsUseCases extends GetReviewUseCase, GetReviewHistoryUseCase {
}
