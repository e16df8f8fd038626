package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Signed-in sessions of staff on the review pages, shared by every instance of the service. Only a digest of a
 * session token is ever stored, so a copy of the table signs nobody in.
 */
public interface StaffSessions {
    void add(String tokenSha256, UserId user, Instant now);

    /**
     * The session's user, when the session was used after {@code idleSince}; its last use becomes {@code now}.
     * A session idle for longer is removed.
     */
    Optional<UserId> touch(String tokenSha256, Instant now, Instant idleSince);

    void remove(String tokenSha256);

    /** Forgets sessions not used since {@code idleSince}; returns how many. */
    int removeIdle(Instant idleSince);
}
