package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.Require;
import java.time.Instant;

/** A review version in history, with why and when it went there. */
public record HistoryEntry(Review review, HistoryReason reason, Instant archivedAt) {
    public HistoryEntry {
        Require.present(review, "review");
        Require.present(reason, "reason");
        Require.present(archivedAt, "archived_at");
    }
}
