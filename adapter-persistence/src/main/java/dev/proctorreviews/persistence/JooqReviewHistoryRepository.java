package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.APP_USER;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_HISTORY;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_VERSION;

import dev.proctorreviews.application.port.out.ReviewHistory;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.HistoryReason;
import dev.proctorreviews.domain.review.ReviewComment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.jooq.SelectField;

/** History rows: pointers to earlier versions with a reason, read back with their comments in two queries. */
final class JooqReviewHistoryRepository implements ReviewHistory {
    private final JooqTransactions tx;

    JooqReviewHistoryRepository(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(AttemptCode code, int version, HistoryReason reason, Instant at) {
        tx.dsl().insertInto(REVIEW_HISTORY)
                .set(REVIEW_HISTORY.ATTEMPT_CODE, code.value())
                .set(REVIEW_HISTORY.REVIEW_VERSION_ID, ReviewVersionReader.versionId(code, version))
                .set(REVIEW_HISTORY.REASON, reason.wireName())
                .set(REVIEW_HISTORY.ARCHIVED_AT, Times.utc(at))
                .execute();
    }

    @Override
    public List<HistoryEntry> of(AttemptCode code) {
        List<SelectField<?>> columns = new ArrayList<>(ReviewVersionReader.columns());
        columns.add(REVIEW_HISTORY.REASON);
        columns.add(REVIEW_HISTORY.ARCHIVED_AT);
        List<Record> rows = tx.dsl().select(columns).from(REVIEW_HISTORY)
                .join(REVIEW_VERSION).on(REVIEW_VERSION.ID.eq(REVIEW_HISTORY.REVIEW_VERSION_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(REVIEW_VERSION.REVIEWER_USER_ID))
                .where(REVIEW_HISTORY.ATTEMPT_CODE.eq(code.value()))
                .orderBy(REVIEW_HISTORY.ID)
                .fetch();
        Map<Long, List<ReviewComment>> comments = ReviewVersionReader.comments(tx.dsl(),
                rows.stream().map(r -> r.get(REVIEW_VERSION.ID)).distinct().toList());
        return rows.stream().map(r -> new HistoryEntry(
                ReviewVersionReader.toReview(r, comments.getOrDefault(r.get(REVIEW_VERSION.ID), List.of())),
                HistoryReason.fromWireName(r.get(REVIEW_HISTORY.REASON)),
                Times.instant(r.get(REVIEW_HISTORY.ARCHIVED_AT)))).toList();
    }
}
