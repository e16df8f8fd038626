package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.Require;

/** One remark of a reviewer about a stretch of the session, in seconds from its start. */
public record ReviewComment(int start, int stop, int duration, String comment, String status) {
    public ReviewComment {
        Require.present(comment, "comment");
        Require.present(status, "status");
    }
}
