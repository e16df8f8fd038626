package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.ReviewSummary;

/** The 200 answer to a vendor callback (contract section 2.4). */
record CallbackAnswer(String status, String attemptCode, String reviewStatus, String attemptStatus,
                      boolean duplicate, boolean applied) {

    static CallbackAnswer of(ReviewSummary summary, boolean duplicate, boolean applied) {
        return new CallbackAnswer("ok", summary.attemptCode().value(),
                summary.reviewStatus().map(s -> s.label()).orElse(null), summary.attemptStatus().wireName(),
                duplicate, applied);
    }
}
