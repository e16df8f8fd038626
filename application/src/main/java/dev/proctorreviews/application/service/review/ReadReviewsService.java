package dev.proctorreviews.application.service.review;

import dev.proctorreviews.application.port.in.review.ReadReviewsUseCases;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.ReviewHistory;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.HistoryEntry;
import java.util.List;
import java.util.Optional;

/** An attempt's current review and the versions before it. */
public final class ReadReviewsService implements ReadReviewsUseCases {
    private final Transactions transactions;
    private final Attempts attempts;
    private final Reviews reviews;
    private final ReviewHistory history;

    public ReadReviewsService(Transactions transactions, Attempts attempts, Reviews reviews, ReviewHistory history) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.reviews = reviews;
        this.history = history;
    }

    @Override
    public Optional<CurrentReview> get(AttemptCode code) {
        return transactions.inTransaction(() -> reviews.current(code));
    }

    @Override
    public Optional<List<HistoryEntry>> history(AttemptCode code) {
        return transactions.inTransaction(() -> attempts.find(new AttemptLookup.ByCode(code))
                .map(attempt -> history.of(code)));
    }
}
