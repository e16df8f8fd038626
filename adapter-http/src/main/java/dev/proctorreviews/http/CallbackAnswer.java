package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.review.ReviewSummary;

/** The 200 answer to a vendor callback (contract section 2.4). */
record CallbackAnswer(String status, String attemptCode, String reviewStatus, String attemptStatus,
                      boolean duplicate, boolean applied) {

    /** The review was stored and applied. */
    static CallbackAnswer applied(ReviewSummary summary) {
        return of(summary, false, true);
    }

    /** The delivery was seen before: nothing changed. */
    static CallbackAnswer duplicate(ReviewSummary summary) {
        return of(summary, true, false);
    }

    /** The review was kept in history only (a staff decision stands). */
    static CallbackAnswer kept(ReviewSummary summary) {
        return of(summary, false, false);
    }

    private static CallbackAnswer of(ReviewSummary summary, boolean duplicate, boolean applied) {
        return new CallbackAnswer("ok", summary.attemptCode().value(),
                summary.reviewStatus().map(s -> s.label()).orElse(null), summary.attemptStatus().wireName(),
                duplicate, applied);
    }
}
