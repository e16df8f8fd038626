package dev.proctorreviews.application.port.out.lifecycle;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.user.User;

/**
 * A user as they were when the change committed. A snapshot rather than a {@link User}, because an event
 * sent again later must carry the same data even if the user was edited in between.
 *
 * @param name the full name, {@code ""} when none is known (the platform's schema has no null name)
 */
public record LearnerSnapshot(long id, boolean active, String username, String email, String name) {
    public static final int MAX_NAME_LENGTH = 255;

    public LearnerSnapshot {
        Require.positive(id, "user_id");
        Require.text(username, "username", User.MAX_USERNAME_LENGTH);
        Require.text(email, "email", User.MAX_EMAIL_LENGTH);
        Require.present(name, "name");
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be at most " + MAX_NAME_LENGTH + " characters");
        }
    }
}
