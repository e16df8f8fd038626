package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.HistoryReason;
import java.time.Instant;
import java.util.List;

/** Earlier review versions of an attempt, oldest first. */
public interface ReviewHistory {
    /** Puts a stored version into history. */
    void add(AttemptCode code, int version, HistoryReason reason, Instant at);

    List<HistoryEntry> of(AttemptCode code);
}
