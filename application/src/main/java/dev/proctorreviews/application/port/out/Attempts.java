package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import java.util.Optional;

/** Exam attempts, live and archived. */
public interface Attempts {
    Attempt add(NewAttempt attempt);

    /**
     * Finds an attempt. With {@code forUpdate} the attempt is locked until the surrounding transaction ends,
     * which serialises every change to one attempt (and its review) without blocking other attempts. When
     * several attempts share an external id, the newest wins.
     */
    Optional<Attempt> find(AttemptLookup lookup, boolean forUpdate);

    /** Writes status, archived time and update time of an existing attempt. */
    void update(Attempt attempt);
}
