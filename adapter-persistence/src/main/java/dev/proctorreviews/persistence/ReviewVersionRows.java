package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.APP_USER;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_COMMENT;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_VERSION;
import static org.jooq.impl.DSL.param;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.review.Reviewer;
import dev.proctorreviews.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Reads review versions with their reviewer's username and their comments: shared by the current review and
 * history, which both point at versions. Comments of many versions come in one query.
 */
final class ReviewVersionRows {
    private static final Field<Long> VERSION_ID = REVIEW_VERSION.ID.as("version_id");
    private static final Field<String> RAW_DATA = REVIEW_VERSION.RAW_DATA.cast(SQLDataType.CLOB).as("raw_data");
    private static final Field<String> REVIEWER_USERNAME = APP_USER.USERNAME.as("reviewer_username");
    /** The version columns and the reviewer's username, to select with other columns. */
    static final List<SelectField<?>> COLUMNS = List.of(VERSION_ID, REVIEW_VERSION.ATTEMPT_CODE,
            REVIEW_VERSION.VERSION, REVIEW_VERSION.REVIEW_STATUS, REVIEW_VERSION.VENDOR,
            REVIEW_VERSION.REVIEWER_USER_ID, RAW_DATA, REVIEW_VERSION.PAYLOAD_SHA256,
            REVIEW_VERSION.ENCRYPTED_VIDEO_URL, REVIEW_VERSION.RECEIVED_AT, REVIEWER_USERNAME);
    /** Joins the reviewer to the versions. */
    static final Condition REVIEWER = APP_USER.ID.eq(REVIEW_VERSION.REVIEWER_USER_ID);
    private static final String COMMENTS = Rendered.sql(DSL.select(REVIEW_COMMENT.REVIEW_VERSION_ID,
                    REVIEW_COMMENT.START_SECONDS, REVIEW_COMMENT.STOP_SECONDS, REVIEW_COMMENT.DURATION_SECONDS,
                    REVIEW_COMMENT.COMMENT, REVIEW_COMMENT.STATUS)
            .from(REVIEW_COMMENT)
            .where(REVIEW_COMMENT.REVIEW_VERSION_ID.eq(DSL.any(param("version_ids", SQLDataType.BIGINT.array()))))
            .orderBy(REVIEW_COMMENT.REVIEW_VERSION_ID, REVIEW_COMMENT.POSITION));

    private ReviewVersionRows() {
    }

    /** Comments of the given versions, by version id, in their original order. */
    static Map<Long, List<ReviewComment>> comments(UnitOfWork unit, List<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return unit.list(COMMENTS, p -> p.bigints(versionIds), r -> Map.entry(
                        r.getLong(REVIEW_COMMENT.REVIEW_VERSION_ID.getName()),
                        new ReviewComment(r.getInt(REVIEW_COMMENT.START_SECONDS.getName()),
                                r.getInt(REVIEW_COMMENT.STOP_SECONDS.getName()),
                                r.getInt(REVIEW_COMMENT.DURATION_SECONDS.getName()),
                                r.getString(REVIEW_COMMENT.COMMENT.getName()),
                                r.getString(REVIEW_COMMENT.STATUS.getName()))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The id of the version in a row selected with {@link #COLUMNS}. */
    static long versionId(ResultSet r) throws SQLException {
        return r.getLong(VERSION_ID.getName());
    }

    /** The review in a row selected with {@link #COLUMNS}, without its comments. */
    static Review toReview(ResultSet r) throws SQLException {
        long reviewerId = r.getLong(REVIEW_VERSION.REVIEWER_USER_ID.getName());
        Optional<Reviewer> reviewer = r.wasNull() ? Optional.empty()
                : Optional.of(new Reviewer(new UserId(reviewerId), r.getString(REVIEWER_USERNAME.getName())));
        return new Review(new AttemptCode(r.getString(REVIEW_VERSION.ATTEMPT_CODE.getName())),
                r.getInt(REVIEW_VERSION.VERSION.getName()),
                ReviewStatus.fromLabel(r.getString(REVIEW_VERSION.REVIEW_STATUS.getName())).orElseThrow(),
                ReviewSource.fromWireName(r.getString(REVIEW_VERSION.VENDOR.getName())).orElseThrow(), reviewer,
                r.getString(RAW_DATA.getName()),
                Optional.ofNullable(r.getString(REVIEW_VERSION.PAYLOAD_SHA256.getName())),
                Optional.ofNullable(r.getString(REVIEW_VERSION.ENCRYPTED_VIDEO_URL.getName())), List.of(),
                Row.instant(r, REVIEW_VERSION.RECEIVED_AT));
    }
}
