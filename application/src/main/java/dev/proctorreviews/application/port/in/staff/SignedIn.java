package dev.proctorreviews.application.port.in.staff;

import dev.proctorreviews.domain.user.User;

/** A new session: its token (for the cookie; only its digest is stored), whose it is and where to go next. */
public record SignedIn(String sessionToken, User user, LocalPath returnTo) {
}
