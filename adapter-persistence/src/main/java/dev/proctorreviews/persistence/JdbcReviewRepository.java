package dev.proctorreviews.persistence;

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

/**
 * Review versions and the current-review pointer. A version and its comments are one statement (the version
 * insert feeds the comment insert in a data-modifying {@code WITH}, the comments passed as arrays), so a
 * version costs one statement whatever its number of comments; replacing a review only moves the pointer.
 */
final class JdbcReviewRepository implements Reviews {
    private static final String CURRENT = "SELECT " + ReviewVersionRows.COLUMNS
            + ", r.is_attempt_active, r.created_at, r.updated_at FROM review r"
            + " JOIN review_version v ON v.id = r.review_version_id" + ReviewVersionRows.REVIEWER_JOIN
            + " WHERE r.attempt_code = ?";
    private static final String NEXT_VERSION = "SELECT coalesce(max(version), 0) + 1 AS next_version"
            + " FROM review_version WHERE attempt_code = ?";
    private static final String SAVE_VERSION = """
            WITH version AS (
                INSERT INTO review_version (attempt_code, version, review_status, vendor, reviewer_user_id, raw_data,
                                            payload_sha256, encrypted_video_url, received_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                RETURNING id)
            INSERT INTO review_comment (review_version_id, position, start_seconds, stop_seconds, duration_seconds,
                                        comment, status)
            SELECT version.id, c.position - 1, c.start_seconds, c.stop_seconds, c.duration_seconds, c.comment, c.status
              FROM version,
                   unnest(?::int[], ?::int[], ?::int[], ?::text[], ?::text[]) WITH ORDINALITY
                       AS c (start_seconds, stop_seconds, duration_seconds, comment, status, position)""";
    private static final String MAKE_CURRENT = """
            INSERT INTO review (attempt_code, review_version_id, is_attempt_active, created_at, updated_at)
            SELECT attempt_code, id, ?, ?, ? FROM review_version WHERE attempt_code = ? AND version = ?
            ON CONFLICT (attempt_code) DO UPDATE SET review_version_id = excluded.review_version_id,
                                                     is_attempt_active = excluded.is_attempt_active,
                                                     updated_at = excluded.updated_at""";
    private static final String REMOVE_CURRENT = "DELETE FROM review WHERE attempt_code = ?";
    private static final String MARK_ATTEMPT_INACTIVE = "UPDATE review SET is_attempt_active = false"
            + " WHERE attempt_code = ?";
    private static final String LEARNERS_VERSIONS = "SELECT v.id FROM review_version v"
            + " JOIN attempt a ON a.attempt_code = v.attempt_code WHERE a.user_id = ?";
    private static final String BLANK_COMMENTS = "UPDATE review_comment SET comment = ''"
            + " WHERE review_version_id IN (" + LEARNERS_VERSIONS + ")";
    private static final String BLANK_VERSIONS = "UPDATE review_version SET raw_data = '{}'::jsonb,"
            + " encrypted_video_url = NULL WHERE id IN (" + LEARNERS_VERSIONS + ")";

    private final PostgresTransactions tx;

    JdbcReviewRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<CurrentReview> current(AttemptCode code) {
        UnitOfWork unit = tx.unit();
        return unit.first(CURRENT, p -> p.text(code.value()), r -> new Found(r.getLong("version_id"),
                        new CurrentReview(ReviewVersionRows.toReview(r), r.getBoolean("is_attempt_active"),
                                Row.instant(r, "created_at"), Row.instant(r, "updated_at"))))
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
        return tx.unit().first(NEXT_VERSION, p -> p.text(code.value()), r -> r.getInt("next_version"))
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

    /** A current review as read, before its comments are attached. */
    private record Found(long versionId, CurrentReview review) {
    }
}
