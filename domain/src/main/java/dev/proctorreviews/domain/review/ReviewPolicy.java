package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.Require;

/**
 * The operator's choices that shape the workflow.
 *
 * @param passingStatuses        which stored statuses verify an attempt, per backend
 * @param secondReviewsRequired  failing vendor reviews go to {@code second_review_required} instead of
 *                               {@code rejected}
 * @param updatesAllowed         a second, different vendor review replaces the first instead of being refused
 */
public record ReviewPolicy(PassingStatuses passingStatuses, boolean secondReviewsRequired, boolean updatesAllowed) {
    public ReviewPolicy {
        Require.present(passingStatuses, "passing_statuses");
    }

    public static ReviewPolicy defaults() {
        return new ReviewPolicy(PassingStatuses.defaults(), true, true);
    }
}
