package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptLookup;
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

    /** Writes status, archived time and update time of an existing attempt. */
    void update(Attempt attempt);
}
