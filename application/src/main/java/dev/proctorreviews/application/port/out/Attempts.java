package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Exam attempts, live and archived. */
public interface Attempts {
    Attempt add(NewAttempt attempt);

    /** Finds an attempt, live or archived. When several attempts share an external id, the newest wins. */
    Optional<Attempt> find(AttemptLookup lookup);

    /**
     * Finds an attempt as {@link #find} does and locks it until the surrounding transaction ends, which
     * serialises every change to one attempt (and its review) without blocking other attempts.
     */
    Optional<Attempt> findLocked(AttemptLookup lookup);

    /**
     * Finds and locks an attempt as {@link #findLocked} does and reads, once it holds the lock, what a vendor
     * review decides on: the exam, the current review's head and the next version number. One look-up for the
     * callback path instead of four; storage may answer it in one round trip.
     */
    Optional<AttemptUnderReview> lockForReview(AttemptLookup lookup);

    /**
     * Whether an external id is still free for attempts at exams of this backend, live or archived, ignoring
     * case; the answer holds until the surrounding transaction ends, because the check first takes a lock on
     * that (backend, external id) pair, so that two registrations of one id never both see it free.
     */
    boolean claimExternalId(Backend backend, ExternalId externalId);

    /** Every attempt of a learner, live and archived, oldest first. */
    List<Attempt> ofLearner(UserId learner);

    /** Writes status, archived time and update time of an existing attempt. */
    void update(Attempt attempt);
}
