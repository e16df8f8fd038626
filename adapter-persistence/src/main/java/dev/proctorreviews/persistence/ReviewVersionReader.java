package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.APP_USER;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_COMMENT;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_VERSION;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.review.Reviewer;
import dev.proctorreviews.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * Reads review versions with their reviewer's username and their comments: shared by the current review and
 * history, which both point at versions. Comments of many versions come in one query.
 */
final class ReviewVersionReader {
    static final Field<String> REVIEWER_USERNAME = APP_USER.USERNAME.as("reviewer_username");

    private ReviewVersionReader() {
    }

    /** The version columns and the reviewer's username, to select alongside other columns. */
    static List<SelectField<?>> columns() {
        return List.of(REVIEW_VERSION.ID, REVIEW_VERSION.ATTEMPT_CODE, REVIEW_VERSION.VERSION,
                REVIEW_VERSION.REVIEW_STATUS, REVIEW_VERSION.VENDOR, REVIEW_VERSION.REVIEWER_USER_ID,
                REVIEW_VERSION.RAW_DATA, REVIEW_VERSION.PAYLOAD_SHA256, REVIEW_VERSION.ENCRYPTED_VIDEO_URL,
                REVIEW_VERSION.RECEIVED_AT, REVIEWER_USERNAME);
    }

    /** Comments of the given versions, by version id, in their original order. */
    static Map<Long, List<ReviewComment>> comments(DSLContext dsl, Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(REVIEW_COMMENT).where(REVIEW_COMMENT.REVIEW_VERSION_ID.in(versionIds))
                .orderBy(REVIEW_COMMENT.REVIEW_VERSION_ID, REVIEW_COMMENT.POSITION)
                .fetch().stream()
                .collect(Collectors.groupingBy(c -> c.getReviewVersionId(), Collectors.mapping(
                        c -> new ReviewComment(c.getStartSeconds(), c.getStopSeconds(), c.getDurationSeconds(),
                                c.getComment(), c.getStatus()), Collectors.toList())));
    }

    /** The review in a row selected with {@link #columns()}. */
    static Review toReview(Record r, List<ReviewComment> comments) {
        Long reviewerId = r.get(REVIEW_VERSION.REVIEWER_USER_ID);
        Optional<Reviewer> reviewer = reviewerId == null ? Optional.empty()
                : Optional.of(new Reviewer(new UserId(reviewerId), r.get(REVIEWER_USERNAME)));
        return new Review(new AttemptCode(r.get(REVIEW_VERSION.ATTEMPT_CODE)), r.get(REVIEW_VERSION.VERSION),
                ReviewStatus.fromLabel(r.get(REVIEW_VERSION.REVIEW_STATUS)).orElseThrow(),
                ReviewSource.fromWireName(r.get(REVIEW_VERSION.VENDOR)).orElseThrow(), reviewer,
                r.get(REVIEW_VERSION.RAW_DATA).data(), Optional.ofNullable(r.get(REVIEW_VERSION.PAYLOAD_SHA256)),
                Optional.ofNullable(r.get(REVIEW_VERSION.ENCRYPTED_VIDEO_URL)), comments,
                Times.instant(r.get(REVIEW_VERSION.RECEIVED_AT)));
    }

    /** The id of version {@code version} of an attempt's review, as a scalar subquery. */
    static Field<Long> versionId(AttemptCode code, int version) {
        return DSL.field(DSL.select(REVIEW_VERSION.ID).from(REVIEW_VERSION)
                .where(REVIEW_VERSION.ATTEMPT_CODE.eq(code.value()))
                .and(REVIEW_VERSION.VERSION.eq(version)));
    }
}
