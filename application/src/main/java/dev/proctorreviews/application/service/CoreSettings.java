package dev.proctorreviews.application.service;

import dev.proctorreviews.application.outbound.HostResolver;
import dev.proctorreviews.application.outbound.TargetPolicy;
import dev.proctorreviews.domain.review.ReviewPolicy;
import java.time.Duration;

/**
 * The operator's settings the core reads.
 *
 * @param callbackSimulation skip the record-locator check of SoftwareSecure callbacks (test environments only)
 * @param publicBaseUrl      base of links the service hands out (review links in notifications)
 * @param replayWindow       how long a webhook id answered 2xx is remembered
 * @param outboundTargets    which URLs a webhook subscription may push to
 */
public record CoreSettings(ReviewPolicy policy, boolean callbackSimulation, String publicBaseUrl,
                           Duration replayWindow, TargetPolicy outboundTargets) {
    public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofHours(24);

    /** With the strict target rule (no private networks), the service's default. */
    public CoreSettings(ReviewPolicy policy, boolean callbackSimulation, String publicBaseUrl, Duration replayWindow) {
        this(policy, callbackSimulation, publicBaseUrl, replayWindow, new TargetPolicy(false, HostResolver.system()));
    }
}
