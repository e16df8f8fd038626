package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.APP_USER;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_HISTORY;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_VERSION;
import static org.jooq.impl.DSL.param;

import dev.proctorreviews.application.port.out.ReviewHistory;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.HistoryReason;
import dev.proctorreviews.domain.review.ReviewComment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;

/** History rows: pointers to earlier versions with a reason, read back with their comments in two queries. */
final class PostgresReviewHistoryRepository implements ReviewHistory {
    private static final String ADD = Rendered.sql(DSL.insertInto(REVIEW_HISTORY, REVIEW_HISTORY.ATTEMPT_CODE,
                    REVIEW_HISTORY.REVIEW_VERSION_ID, REVIEW_HISTORY.REASON, REVIEW_HISTORY.ARCHIVED_AT)
            .select(DSL.select(REVIEW_VERSION.ATTEMPT_CODE, REVIEW_VERSION.ID, param("reason", String.class),
                            param("archived_at", REVIEW_HISTORY.ARCHIVED_AT))
                    .from(REVIEW_VERSION)
                    .where(REVIEW_VERSION.ATTEMPT_CODE.eq(param("attempt_code", String.class)))
                    .and(REVIEW_VERSION.VERSION.eq(param("version", Integer.class)))));
    private static final String OF = Rendered.sql(DSL.select(ReviewVersionRows.COLUMNS)
            .select(REVIEW_HISTORY.REASON, REVIEW_HISTORY.ARCHIVED_AT)
            .from(REVIEW_HISTORY)
            .join(REVIEW_VERSION).on(REVIEW_VERSION.ID.eq(REVIEW_HISTORY.REVIEW_VERSION_ID))
            .leftJoin(APP_USER).on(ReviewVersionRows.REVIEWER)
            .where(REVIEW_HISTORY.ATTEMPT_CODE.eq(param("attempt_code", String.class)))
            .orderBy(REVIEW_HISTORY.ID));

    private final PostgresTransactions tx;

    PostgresReviewHistoryRepository(PostgresTransactions tx) {
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
        List<Found> rows = unit.list(OF, p -> p.text(code.value()), r -> new Found(ReviewVersionRows.versionId(r),
                new HistoryEntry(ReviewVersionRows.toReview(r),
                        HistoryReason.fromWireName(r.getString(REVIEW_HISTORY.REASON.getName())),
                        Row.instant(r, REVIEW_HISTORY.ARCHIVED_AT))));
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
