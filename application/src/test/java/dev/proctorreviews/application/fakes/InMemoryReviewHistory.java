package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.ReviewHistory;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.HistoryReason;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** History rows in insertion order, pointing at versions kept by {@link InMemoryReviews}. */
final class InMemoryReviewHistory implements ReviewHistory {
    private final List<Row> rows = new CopyOnWriteArrayList<>();
    private final InMemoryReviews reviews;

    InMemoryReviewHistory(InMemoryReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void add(AttemptCode code, int version, HistoryReason reason, Instant at) {
        reviews.version(code, version);
        rows.add(new Row(code, version, reason, at));
    }

    @Override
    public List<HistoryEntry> of(AttemptCode code) {
        return rows.stream().filter(r -> r.code().equals(code))
                .map(r -> new HistoryEntry(reviews.version(code, r.version()), r.reason(), r.at())).toList();
    }

    private record Row(AttemptCode code, int version, HistoryReason reason, Instant at) {
    }
}
