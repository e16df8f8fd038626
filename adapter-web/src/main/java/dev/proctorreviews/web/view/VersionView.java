package dev.proctorreviews.web.view;

import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.Review;
import java.util.List;
import java.util.Optional;

/**
 * One review version: the current one (no reason) or one in history (with why and when it went there).
 *
 * @param reviewer the reviewer's username, or a dash
 */
public record VersionView(int version, String storedStatus, String standardStatus, Tone tone, String vendor,
                          String reviewer, String receivedAt, Optional<String> reason, Optional<String> archivedAt,
                          List<CommentView> comments) {

    public static VersionView current(Review review) {
        return of(review, Optional.empty(), Optional.empty());
    }

    public static VersionView historic(HistoryEntry entry) {
        return of(entry.review(), Optional.of(entry.reason().wireName().replace('_', ' ')),
                Optional.of(Formats.when(entry.archivedAt())));
    }

    private static VersionView of(Review review, Optional<String> reason, Optional<String> archivedAt) {
        return new VersionView(review.version(), review.status().label(), review.status().toStandard().wireName(),
                Tone.of(review.status()), review.source().wireName(),
                review.reviewer().map(r -> r.username()).orElse("\u2014"), Formats.when(review.receivedAt()), reason,
                archivedAt, CommentView.inTimeOrder(review.comments()));
    }
}
