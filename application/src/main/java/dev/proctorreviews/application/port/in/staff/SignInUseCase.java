package dev.proctorreviews.application.port.in.staff;

import java.util.Optional;

/** Start a staff session: with a sign-in link's token, or for the user an identity provider vouched for. */
public interface SignInUseCase {
    /** Empty when the token is unknown, used already or expired. */
    Optional<SignedIn> redeemLink(String token);

    /** Empty when no user has this e-mail address (compared ignoring case). */
    Optional<SignedIn> signInByEmail(String verifiedEmail, LocalPath returnTo);
}
