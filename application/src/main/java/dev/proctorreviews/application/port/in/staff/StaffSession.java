package dev.proctorreviews.application.port.in.staff;

import dev.proctorreviews.domain.user.User;

/** A live session: the signed-in user and the token every form of the session must carry (CSRF). */
public record StaffSession(User user, String csrfToken) {
}
