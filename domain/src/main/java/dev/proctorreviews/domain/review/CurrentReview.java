package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.Require;
import java.time.Instant;

/**
 * The review an attempt has now, with the bookkeeping that belongs to the attempt rather than to the
 * version: whether the attempt is still active (not archived), and when the attempt was first and last
 * reviewed.
 */
public record CurrentReview(Review review, boolean attemptActive, Instant createdAt, Instant updatedAt) {
    public CurrentReview {
        Require.present(review, "review");
        Require.present(createdAt, "created_at");
        Require.present(updatedAt, "updated_at");
    }
}
