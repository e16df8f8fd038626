package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** One-time sign-in links minted for the platform, kept as a digest of their token until used or expired. */
public interface SignInLinks {
    void add(String tokenSha256, UserId user, String returnTo, Instant expiresAt);

    /**
     * Removes the link and returns it, whether or not it has expired: a token is good for one try only, and two
     * instances redeeming the same token at once cannot both get it.
     */
    Optional<PendingSignIn> take(String tokenSha256);

    /** Forgets links that expired before {@code now}; returns how many. */
    int removeExpired(Instant now);

    /** A minted link: whom it signs in, where it leads, until when. */
    record PendingSignIn(UserId user, String returnTo, Instant expiresAt) {
    }
}
