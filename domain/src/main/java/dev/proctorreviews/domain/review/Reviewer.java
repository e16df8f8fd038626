package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.user.UserId;

/** The internal reviewer named by a review, as a user id with the username shown to clients. */
public record Reviewer(UserId userId, String username) {
    public Reviewer {
        Require.present(userId, "reviewer user_id");
        Require.present(username, "reviewer username");
    }
}
