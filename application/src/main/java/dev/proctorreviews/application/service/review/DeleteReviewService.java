package dev.proctorreviews.application.service.review;

import dev.proctorreviews.application.port.in.review.DeleteReviewUseCase;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.ReviewHistory;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.HistoryReason;
import java.time.Clock;
import java.util.Optional;

/** Deletes a review by moving it to history; the attempt's status and credit stay as they are. */
public final class DeleteReviewService implements DeleteReviewUseCase {
    private final Transactions transactions;
    private final Attempts attempts;
    private final Reviews reviews;
    private final ReviewHistory history;
    private final Clock clock;

    public DeleteReviewService(Transactions transactions, Attempts attempts, Reviews reviews, ReviewHistory history,
                               Clock clock) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.reviews = reviews;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public boolean delete(AttemptCode code) {
        return transactions.inTransaction(() -> {
            if (attempts.findLocked(new AttemptLookup.ByCode(code)).isEmpty()) {
                return false;
            }
            Optional<CurrentReview> current = reviews.current(code);
            current.ifPresent(c -> {
                history.add(code, c.review().version(), HistoryReason.DELETED, clock.instant());
                reviews.removeCurrent(code);
            });
            return current.isPresent();
        });
    }
}
