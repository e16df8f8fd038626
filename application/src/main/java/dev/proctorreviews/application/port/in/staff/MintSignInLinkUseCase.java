package dev.proctorreviews.application.port.in.staff;

import dev.proctorreviews.domain.user.UserId;

/** Mint a one-time, ten-minute sign-in link for a user, leading to a path on this service. */
public interface MintSignInLinkUseCase {
    SignInLinkResult mint(UserId user, String returnTo);
}
