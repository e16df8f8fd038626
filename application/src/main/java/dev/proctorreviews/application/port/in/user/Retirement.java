package dev.proctorreviews.application.port.in.user;

/**
 * What retiring a learner changed, so that the platform's retirement pipeline can record it.
 *
 * @param reviewVersions   review versions, current and historical, whose raw data, comment texts and video link
 *                         were blanked
 * @param parkedDeliveries parked deliveries addressed to the learner's attempts, deleted
 * @param notifications    support notifications whose student username was replaced by the placeholder's
 */
public record Retirement(int reviewVersions, int parkedDeliveries, int notifications) {
}
