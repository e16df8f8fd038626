package dev.proctorreviews.application.port.in.staff;

import dev.proctorreviews.application.port.Refusal;
import java.time.Instant;

/** How minting a sign-in link ended. */
public sealed interface SignInLinkResult {
    /** @param url the link to hand to the user; it carries the only copy of the token */
    record Minted(String url, Instant expiresAt) implements SignInLinkResult {
    }

    record UserNotFound(String detail) implements SignInLinkResult, Refusal {
    }

    /** {@code return_to} is not a path on this service. */
    record InvalidReturnTo(String detail) implements SignInLinkResult {
    }
}
