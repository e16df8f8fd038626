package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.APP_USER;
import static dev.proctorreviews.persistence.schema.Tables.ATTEMPT;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_COMMENT;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_VERSION;

import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * Review versions and the current-review pointer. A version is one row plus its comments, written in two
 * statements (the comments as one multi-row insert); replacing a review only moves the pointer.
 */
final class JooqReviewRepository implements Reviews {
    private final JooqTransactions tx;

    JooqReviewRepository(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<CurrentReview> current(AttemptCode code) {
        List<SelectField<?>> columns = new ArrayList<>(ReviewVersionReader.columns());
        columns.add(REVIEW.IS_ATTEMPT_ACTIVE);
        columns.add(REVIEW.CREATED_AT);
        columns.add(REVIEW.UPDATED_AT);
        Optional<Record> row = tx.dsl().select(columns).from(REVIEW)
                .join(REVIEW_VERSION).on(REVIEW_VERSION.ID.eq(REVIEW.REVIEW_VERSION_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(REVIEW_VERSION.REVIEWER_USER_ID))
                .where(REVIEW.ATTEMPT_CODE.eq(code.value()))
                .fetchOptional();
        return row.map(r -> {
            long versionId = r.get(REVIEW_VERSION.ID);
            List<ReviewComment> comments = ReviewVersionReader.comments(tx.dsl(), List.of(versionId))
                    .getOrDefault(versionId, List.of());
            return new CurrentReview(ReviewVersionReader.toReview(r, comments), r.get(REVIEW.IS_ATTEMPT_ACTIVE),
                    Times.instant(r.get(REVIEW.CREATED_AT)), Times.instant(r.get(REVIEW.UPDATED_AT)));
        });
    }

    @Override
    public int nextVersion(AttemptCode code) {
        Integer max = tx.dsl().select(DSL.max(REVIEW_VERSION.VERSION)).from(REVIEW_VERSION)
                .where(REVIEW_VERSION.ATTEMPT_CODE.eq(code.value())).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    @Override
    public void saveVersion(Review review) {
        long id = tx.dsl().insertInto(REVIEW_VERSION)
                .set(REVIEW_VERSION.ATTEMPT_CODE, review.attemptCode().value())
                .set(REVIEW_VERSION.VERSION, review.version())
                .set(REVIEW_VERSION.REVIEW_STATUS, review.status().label())
                .set(REVIEW_VERSION.VENDOR, review.source().wireName())
                .set(REVIEW_VERSION.REVIEWER_USER_ID, review.reviewer().map(r -> r.userId().value()).orElse(null))
                .set(REVIEW_VERSION.RAW_DATA, JSONB.valueOf(review.rawData()))
                .set(REVIEW_VERSION.PAYLOAD_SHA256, review.payloadSha256().orElse(null))
                .set(REVIEW_VERSION.ENCRYPTED_VIDEO_URL, review.encryptedVideoUrl().orElse(null))
                .set(REVIEW_VERSION.RECEIVED_AT, Times.utc(review.receivedAt()))
                .returning(REVIEW_VERSION.ID)
                .fetchSingle(REVIEW_VERSION.ID);
        List<ReviewComment> comments = review.comments();
        if (comments.isEmpty()) {
            return;
        }
        var insert = tx.dsl().insertInto(REVIEW_COMMENT, REVIEW_COMMENT.REVIEW_VERSION_ID, REVIEW_COMMENT.POSITION,
                REVIEW_COMMENT.START_SECONDS, REVIEW_COMMENT.STOP_SECONDS, REVIEW_COMMENT.DURATION_SECONDS,
                REVIEW_COMMENT.COMMENT, REVIEW_COMMENT.STATUS);
        for (int i = 0; i < comments.size(); i++) {
            ReviewComment c = comments.get(i);
            insert = insert.values(id, i, c.start(), c.stop(), c.duration(), c.comment(), c.status());
        }
        insert.execute();
    }

    @Override
    public void makeCurrent(AttemptCode code, int version, boolean attemptActive, Instant now) {
        var versionId = ReviewVersionReader.versionId(code, version);
        int rows = tx.dsl().insertInto(REVIEW)
                .set(REVIEW.ATTEMPT_CODE, code.value())
                .set(REVIEW.REVIEW_VERSION_ID, versionId)
                .set(REVIEW.IS_ATTEMPT_ACTIVE, attemptActive)
                .set(REVIEW.CREATED_AT, Times.utc(now))
                .set(REVIEW.UPDATED_AT, Times.utc(now))
                .onConflict(REVIEW.ATTEMPT_CODE).doUpdate()
                .set(REVIEW.REVIEW_VERSION_ID, versionId)
                .set(REVIEW.IS_ATTEMPT_ACTIVE, attemptActive)
                .set(REVIEW.UPDATED_AT, Times.utc(now))
                .execute();
        if (rows != 1) {
            throw new IllegalStateException("could not make version " + version + " current");
        }
    }

    @Override
    public void removeCurrent(AttemptCode code) {
        tx.dsl().deleteFrom(REVIEW).where(REVIEW.ATTEMPT_CODE.eq(code.value())).execute();
    }

    @Override
    public int retirePersonalData(UserId learner) {
        var versions = DSL.select(REVIEW_VERSION.ID).from(REVIEW_VERSION).join(ATTEMPT)
                .on(ATTEMPT.ATTEMPT_CODE.eq(REVIEW_VERSION.ATTEMPT_CODE))
                .where(ATTEMPT.USER_ID.eq(learner.value()));
        tx.dsl().update(REVIEW_COMMENT).set(REVIEW_COMMENT.COMMENT, "")
                .where(REVIEW_COMMENT.REVIEW_VERSION_ID.in(versions)).execute();
        return tx.dsl().update(REVIEW_VERSION)
                .set(REVIEW_VERSION.RAW_DATA, JSONB.valueOf("{}"))
                .set(REVIEW_VERSION.ENCRYPTED_VIDEO_URL, (String) null)
                .where(REVIEW_VERSION.ID.in(versions))
                .execute();
    }

    @Override
    public void markAttemptInactive(AttemptCode code) {
        tx.dsl().update(REVIEW).set(REVIEW.IS_ATTEMPT_ACTIVE, false)
                .where(REVIEW.ATTEMPT_CODE.eq(code.value())).execute();
    }
}
