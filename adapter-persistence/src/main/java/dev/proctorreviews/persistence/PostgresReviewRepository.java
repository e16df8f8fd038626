package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.APP_USER;
import static dev.proctorreviews.persistence.schema.Tables.ATTEMPT;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_COMMENT;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_VERSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;

import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.CommonTableExpression;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Review versions and the current-review pointer. A version and its comments are one statement (the version
 * insert feeds the comment insert in a data-modifying {@code WITH}, the comments passed as arrays and spread by
 * a plain-SQL {@code unnest … WITH ORDINALITY}, which jOOQ has no DSL for over several arrays), so a version
 * costs one statement whatever its number of comments; replacing a review only moves the pointer.
 */
final class PostgresReviewRepository implements Reviews {
    private static final String CURRENT = Rendered.sql(DSL.select(ReviewVersionRows.COLUMNS)
            .select(REVIEW.IS_ATTEMPT_ACTIVE, REVIEW.CREATED_AT, REVIEW.UPDATED_AT)
            .from(REVIEW)
            .join(REVIEW_VERSION).on(REVIEW_VERSION.ID.eq(REVIEW.REVIEW_VERSION_ID))
            .leftJoin(APP_USER).on(ReviewVersionRows.REVIEWER)
            .where(REVIEW.ATTEMPT_CODE.eq(param("attempt_code", String.class))));
    private static final Field<Integer> NEXT = coalesce(max(REVIEW_VERSION.VERSION), inline(0)).plus(inline(1))
            .as("next_version");
    private static final String NEXT_VERSION = Rendered.sql(DSL.select(NEXT).from(REVIEW_VERSION)
            .where(REVIEW_VERSION.ATTEMPT_CODE.eq(param("attempt_code", String.class))));
    private static final String SAVE_VERSION = saveVersionWithComments();
    private static final String MAKE_CURRENT = Rendered.sql(DSL.insertInto(REVIEW, REVIEW.ATTEMPT_CODE,
                    REVIEW.REVIEW_VERSION_ID, REVIEW.IS_ATTEMPT_ACTIVE, REVIEW.CREATED_AT, REVIEW.UPDATED_AT)
            .select(DSL.select(REVIEW_VERSION.ATTEMPT_CODE, REVIEW_VERSION.ID,
                            param("is_attempt_active", Boolean.class), param("created_at", REVIEW.CREATED_AT),
                            param("updated_at", REVIEW.UPDATED_AT))
                    .from(REVIEW_VERSION)
                    .where(REVIEW_VERSION.ATTEMPT_CODE.eq(param("attempt_code", String.class)))
                    .and(REVIEW_VERSION.VERSION.eq(param("version", Integer.class))))
            .onConflict(REVIEW.ATTEMPT_CODE).doUpdate()
            .set(REVIEW.REVIEW_VERSION_ID, excluded(REVIEW.REVIEW_VERSION_ID))
            .set(REVIEW.IS_ATTEMPT_ACTIVE, excluded(REVIEW.IS_ATTEMPT_ACTIVE))
            .set(REVIEW.UPDATED_AT, excluded(REVIEW.UPDATED_AT)));
    private static final String REMOVE_CURRENT = Rendered.sql(DSL.deleteFrom(REVIEW)
            .where(REVIEW.ATTEMPT_CODE.eq(param("attempt_code", String.class))));
    private static final String MARK_ATTEMPT_INACTIVE = Rendered.sql(DSL.update(REVIEW)
            .set(REVIEW.IS_ATTEMPT_ACTIVE, inline(false))
            .where(REVIEW.ATTEMPT_CODE.eq(param("attempt_code", String.class))));
    private static final String BLANK_COMMENTS = Rendered.sql(DSL.update(REVIEW_COMMENT)
            .set(REVIEW_COMMENT.COMMENT, inline(""))
            .where(REVIEW_COMMENT.REVIEW_VERSION_ID.in(learnersVersions())));
    private static final String BLANK_VERSIONS = Rendered.sql(DSL.update(REVIEW_VERSION)
            .set(REVIEW_VERSION.RAW_DATA, inline(JSONB.jsonb("{}")))
            .set(REVIEW_VERSION.ENCRYPTED_VIDEO_URL, inline((String) null))
            .where(REVIEW_VERSION.ID.in(learnersVersions())));

    private final PostgresTransactions tx;

    PostgresReviewRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<CurrentReview> current(AttemptCode code) {
        UnitOfWork unit = tx.unit();
        return unit.first(CURRENT, p -> p.text(code.value()), r -> new Found(ReviewVersionRows.versionId(r),
                        new CurrentReview(ReviewVersionRows.toReview(r),
                                r.getBoolean(REVIEW.IS_ATTEMPT_ACTIVE.getName()), Row.instant(r, REVIEW.CREATED_AT),
                                Row.instant(r, REVIEW.UPDATED_AT))))
                .map(found -> {
                    List<ReviewComment> comments = ReviewVersionRows.comments(unit, List.of(found.versionId()))
                            .getOrDefault(found.versionId(), List.of());
                    CurrentReview c = found.review();
                    return new CurrentReview(c.review().withComments(comments), c.attemptActive(), c.createdAt(),
                            c.updatedAt());
                });
    }

    @Override
    public int nextVersion(AttemptCode code) {
        return tx.unit().first(NEXT_VERSION, p -> p.text(code.value()), r -> r.getInt(NEXT.getName()))
                .orElseThrow();
    }

    @Override
    public void saveVersion(Review review) {
        List<ReviewComment> comments = review.comments();
        tx.unit().queue(SAVE_VERSION, p -> p.text(review.attemptCode().value()).integer(review.version())
                        .text(review.status().label()).text(review.source().wireName())
                        .bigintOrNull(review.reviewer().map(r -> r.userId().value()).orElse(null))
                        .json(review.rawData()).text(review.payloadSha256().orElse(null))
                        .text(review.encryptedVideoUrl().orElse(null))
                        .time(review.receivedAt())
                        .integers(comments.stream().map(ReviewComment::start).toList())
                        .integers(comments.stream().map(ReviewComment::stop).toList())
                        .integers(comments.stream().map(ReviewComment::duration).toList())
                        .texts(comments.stream().map(ReviewComment::comment).toList())
                        .texts(comments.stream().map(ReviewComment::status).toList()),
                comments.size(), "save version " + review.version() + " with its comments");
    }

    @Override
    public void makeCurrent(Attempt attempt, int version, Instant now) {
        tx.unit().queue(MAKE_CURRENT, p -> p.bool(!attempt.isArchived()).time(now).time(now)
                .text(attempt.code().value()).integer(version), 1, "make version " + version + " current");
    }

    @Override
    public void removeCurrent(AttemptCode code) {
        tx.unit().queue(REMOVE_CURRENT, p -> p.text(code.value()), UnitOfWork.ANY_ROWS, "remove current review");
    }

    @Override
    public int retirePersonalData(UserId learner) {
        tx.unit().update(BLANK_COMMENTS, p -> p.bigint(learner.value()));
        return tx.unit().update(BLANK_VERSIONS, p -> p.bigint(learner.value()));
    }

    @Override
    public void markAttemptInactive(AttemptCode code) {
        tx.unit().queue(MARK_ATTEMPT_INACTIVE, p -> p.text(code.value()), UnitOfWork.ANY_ROWS,
                "mark review inactive");
    }

    /** The ids of every version of a learner's attempts. */
    private static Select<Record1<Long>> learnersVersions() {
        return DSL.select(REVIEW_VERSION.ID).from(REVIEW_VERSION)
                .join(ATTEMPT).on(ATTEMPT.ATTEMPT_CODE.eq(REVIEW_VERSION.ATTEMPT_CODE))
                .where(ATTEMPT.USER_ID.eq(param("learner", Long.class)));
    }

    /**
     * The version insert, as a data-modifying {@code WITH}, feeding the insert of its comments, which arrive as
     * five parallel arrays; {@code position} counts from 1 in {@code WITH ORDINALITY} and from 0 in the table.
     */
    private static String saveVersionWithComments() {
        CommonTableExpression<?> version = name("version").as(DSL.insertInto(REVIEW_VERSION)
                .set(REVIEW_VERSION.ATTEMPT_CODE, param("attempt_code", String.class))
                .set(REVIEW_VERSION.VERSION, param("version", Integer.class))
                .set(REVIEW_VERSION.REVIEW_STATUS, param("review_status", String.class))
                .set(REVIEW_VERSION.VENDOR, param("vendor", String.class))
                .set(REVIEW_VERSION.REVIEWER_USER_ID, param("reviewer_user_id", Long.class))
                .set(REVIEW_VERSION.RAW_DATA, param("raw_data", REVIEW_VERSION.RAW_DATA))
                .set(REVIEW_VERSION.PAYLOAD_SHA256, param("payload_sha256", String.class))
                .set(REVIEW_VERSION.ENCRYPTED_VIDEO_URL, param("encrypted_video_url", String.class))
                .set(REVIEW_VERSION.RECEIVED_AT, param("received_at", REVIEW_VERSION.RECEIVED_AT))
                .returning(REVIEW_VERSION.ID));
        Table<?> comments = DSL.table("unnest({0}, {1}, {2}, {3}, {4}) WITH ORDINALITY"
                        + " AS c (start_seconds, stop_seconds, duration_seconds, comment, status, position)",
                param("start_seconds", SQLDataType.INTEGER.array()), param("stop_seconds", SQLDataType.INTEGER.array()),
                param("duration_seconds", SQLDataType.INTEGER.array()), param("comments", SQLDataType.CLOB.array()),
                param("statuses", SQLDataType.CLOB.array()));
        return Rendered.sql(DSL.with(version)
                .insertInto(REVIEW_COMMENT, REVIEW_COMMENT.REVIEW_VERSION_ID, REVIEW_COMMENT.POSITION,
                        REVIEW_COMMENT.START_SECONDS, REVIEW_COMMENT.STOP_SECONDS, REVIEW_COMMENT.DURATION_SECONDS,
                        REVIEW_COMMENT.COMMENT, REVIEW_COMMENT.STATUS)
                .select(DSL.select(version.field(REVIEW_VERSION.ID),
                                commentColumn("position", Integer.class).minus(inline(1)),
                                commentColumn("start_seconds", Integer.class),
                                commentColumn("stop_seconds", Integer.class),
                                commentColumn("duration_seconds", Integer.class),
                                commentColumn("comment", String.class), commentColumn("status", String.class))
                        .from(version, comments)));
    }

    private static <T> Field<T> commentColumn(String column, Class<T> type) {
        return field(name("c", column), type);
    }

    /** A current review as read, before its comments are attached. */
    private record Found(long versionId, CurrentReview review) {
    }
}
