package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Review versions (immutable, with their comments) and which one is an attempt's current review.
 * Versions are numbered per attempt code: 1, 2, 3, ...
 */
public interface Reviews {
    Optional<CurrentReview> current(AttemptCode code);

    /** The number the next version of this attempt's review gets. */
    int nextVersion(AttemptCode code);

    /** Stores a version with its comments; (attempt code, version) must be new. */
    void saveVersion(Review review);

    /**
     * Makes a stored version the attempt's current review, creating or replacing it. The review counts as the
     * attempt's active one unless the attempt is archived (an archived attempt still takes reviews).
     */
    void makeCurrent(Attempt attempt, int version, Instant now);

    /** Leaves the attempt without a current review (the version stays, for history). */
    void removeCurrent(AttemptCode code);

    /** Records that the attempt was archived: bookkeeping only, the review itself does not change. */
    void markAttemptInactive(AttemptCode code);

    /**
     * Blanks a learner's personal data in every review version of their attempts, live or archived, current or
     * in history: raw data becomes {@code {}}, comment texts empty, the sealed video link gone. Statuses,
     * versions and history stay. Returns how many versions were touched.
     */
    int retirePersonalData(UserId learner);
}
