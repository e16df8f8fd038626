package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.HistoryEntry;
import java.util.List;
import java.util.Optional;

/** Read an attempt's review history, oldest first; empty when the code matches no attempt. */
public interface GetReviewHistoryUseCase {
    Optional<List<HistoryEntry>> history(AttemptCode code);
}
