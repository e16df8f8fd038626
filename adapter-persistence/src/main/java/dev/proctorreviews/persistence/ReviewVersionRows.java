package dev.proctorreviews.persistence;

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

/**
 * Reads review versions with their reviewer's username and their comments: shared by the current review and
 * history, which both point at versions. Comments of many versions come in one query.
 */
final class ReviewVersionRows {
    /** The version columns ({@code v}) and the reviewer's username ({@code u}), to select with other columns. */
    static final String COLUMNS = "v.id AS version_id, v.attempt_code, v.version, v.review_status, v.vendor,"
            + " v.reviewer_user_id, v.raw_data::text AS raw_data, v.payload_sha256, v.encrypted_video_url,"
            + " v.received_at, u.username AS reviewer_username";
    /** Joins the reviewer to versions {@code v}. */
    static final String REVIEWER_JOIN = " LEFT JOIN app_user u ON u.id = v.reviewer_user_id";
    private static final String COMMENTS = "SELECT review_version_id, start_seconds, stop_seconds,"
            + " duration_seconds, comment, status FROM review_comment WHERE review_version_id = ANY (?)"
            + " ORDER BY review_version_id, position";

    private ReviewVersionRows() {
    }

    /** Comments of the given versions, by version id, in their original order. */
    static Map<Long, List<ReviewComment>> comments(UnitOfWork unit, List<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return unit.list(COMMENTS, p -> p.bigints(versionIds), r -> Map.entry(r.getLong("review_version_id"),
                        new ReviewComment(r.getInt("start_seconds"), r.getInt("stop_seconds"),
                                r.getInt("duration_seconds"), r.getString("comment"), r.getString("status"))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The review in a row selected with {@link #COLUMNS}, without its comments. */
    static Review toReview(ResultSet r) throws SQLException {
        long reviewerId = r.getLong("reviewer_user_id");
        Optional<Reviewer> reviewer = r.wasNull() ? Optional.empty()
                : Optional.of(new Reviewer(new UserId(reviewerId), r.getString("reviewer_username")));
        return new Review(new AttemptCode(r.getString("attempt_code")), r.getInt("version"),
                ReviewStatus.fromLabel(r.getString("review_status")).orElseThrow(),
                ReviewSource.fromWireName(r.getString("vendor")).orElseThrow(), reviewer, r.getString("raw_data"),
                Optional.ofNullable(r.getString("payload_sha256")),
                Optional.ofNullable(r.getString("encrypted_video_url")), List.of(),
                Row.instant(r, "received_at"));
    }
}
