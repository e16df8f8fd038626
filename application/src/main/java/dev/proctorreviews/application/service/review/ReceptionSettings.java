package dev.proctorreviews.application.service.review;

import dev.proctorreviews.domain.review.ReviewPolicy;
import java.time.Duration;

/**
 * The operator's settings a vendor delivery is received by (a part of the core's settings, which this workflow
 * may not depend on: they are composed above it).
 *
 * @param callbackSimulation accept a SoftwareSecure record locator that does not match (test environments only)
 * @param publicBaseUrl      base of the review links in support notifications
 * @param replayWindow       how long a webhook id answered 2xx is remembered
 */
public record ReceptionSettings(ReviewPolicy policy, boolean callbackSimulation, String publicBaseUrl,
                                Duration replayWindow) {
}
