package dev.proctorreviews.domain.review;

import java.util.Optional;

/**
 * What a vendor review does to the attempt's existing review: the update policy of the workflow, checked
 * in the order of the contract (duplicate, then staff decision, then whether updates are allowed).
 */
public enum UpdateDecision {
    /** No review yet: store it. */
    FIRST_REVIEW,
    /** The identical body again (vendors retry): change nothing, announce nothing. */
    DUPLICATE,
    /** A staff decision is final: keep the vendor review in history only. */
    SUPERSEDED_BY_STAFF_DECISION,
    /** Updates are switched off: refuse. */
    REFUSED,
    /** Send the current review to history and store the new one. */
    REPLACE;

    public static UpdateDecision forVendorReview(Optional<ReviewHead> current, String payloadSha256,
                                                 ReviewPolicy policy) {
        if (current.isEmpty()) {
            return FIRST_REVIEW;
        }
        ReviewHead existing = current.get();
        if (existing.cameFromBody(payloadSha256)) {
            return DUPLICATE;
        }
        if (existing.isStaffDecision()) {
            return SUPERSEDED_BY_STAFF_DECISION;
        }
        return policy.updatesAllowed() ? REPLACE : REFUSED;
    }
}
