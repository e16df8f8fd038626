package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.in.DeleteReviewUseCase;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.HistoryReason;
import java.time.Clock;
import java.util.Optional;

/** Deletes a review by moving it to history; the attempt's status and credit stay as they are. */
public final class DeleteReviewService implements DeleteReviewUseCase {
    private final Stores stores;
    private final Clock clock;

    public DeleteReviewService(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public boolean delete(AttemptCode code) {
        return stores.transactions().inTransaction(() -> {
            if (stores.attempts().find(new AttemptLookup.ByCode(code), true).isEmpty()) {
                return false;
            }
            Optional<CurrentReview> current = stores.reviews().current(code);
            current.ifPresent(c -> {
                stores.history().add(code, c.review().version(), HistoryReason.DELETED, clock.instant());
                stores.reviews().removeCurrent(code);
            });
            return current.isPresent();
        });
    }
}
