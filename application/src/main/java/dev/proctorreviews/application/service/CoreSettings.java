package dev.proctorreviews.application.service;

import dev.proctorreviews.domain.review.ReviewPolicy;
import java.time.Duration;

/**
 * The operator's settings the core reads.
 *
 * @param callbackSimulation skip the record-locator check of SoftwareSecure callbacks (test environments only)
 * @param publicBaseUrl      base of links the service hands out (review links in notifications)
 * @param replayWindow       how long a webhook id answered 2xx is remembered
 */
public record CoreSettings(ReviewPolicy policy, boolean callbackSimulation, String publicBaseUrl,
                           Duration replayWindow) {
    public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofHours(24);
}
