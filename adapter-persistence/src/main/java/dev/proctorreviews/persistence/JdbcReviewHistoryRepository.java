package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.ReviewHistory;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.HistoryReason;
import dev.proctorreviews.domain.review.ReviewComment;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** History rows: pointers to earlier versions with a reason, read back with their comments in two queries. */
final class JdbcReviewHistoryRepository implements ReviewHistory {
    private static final String ADD = """
            INSERT INTO review_history (attempt_code, review_version_id, reason, archived_at)
            SELECT attempt_code, id, ?, ? FROM review_version WHERE attempt_code = ? AND version = ?""";
    private static final String OF = "SELECT " + ReviewVersionRows.COLUMNS + ", h.reason, h.archived_at"
            + " FROM review_history h JOIN review_version v ON v.id = h.review_version_id"
            + ReviewVersionRows.REVIEWER_JOIN + " WHERE h.attempt_code = ? ORDER BY h.id";

    private final PostgresTransactions tx;

    JdbcReviewHistoryRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(AttemptCode code, int version, HistoryReason reason, Instant at) {
        tx.unit().queue(ADD, p -> p.text(reason.wireName()).time(at).text(code.value()).integer(version), 1,
                "put version " + version + " into history");
    }

    @Override
    public List<HistoryEntry> of(AttemptCode code) {
        UnitOfWork unit = tx.unit();
        List<Found> rows = unit.list(OF, p -> p.text(code.value()), r -> new Found(r.getLong("version_id"),
                new HistoryEntry(ReviewVersionRows.toReview(r), HistoryReason.fromWireName(r.getString("reason")),
                        Row.instant(r, "archived_at"))));
        Map<Long, List<ReviewComment>> comments = ReviewVersionRows.comments(unit,
                rows.stream().map(Found::versionId).distinct().toList());
        return rows.stream().map(found -> new HistoryEntry(
                found.entry().review().withComments(comments.getOrDefault(found.versionId(), List.of())),
                found.entry().reason(), found.entry().archivedAt())).toList();
    }

    /** A history entry as read, before its comments are attached. */
    private record Found(long versionId, HistoryEntry entry) {
    }
}
