package dev.proctorreviews.domain.user;

import dev.proctorreviews.domain.Require;

/** Identifier of a user, chosen by the LMS that registers the user. */
public record UserId(long value) {
    public UserId {
        Require.positive(value, "user_id");
    }
}
