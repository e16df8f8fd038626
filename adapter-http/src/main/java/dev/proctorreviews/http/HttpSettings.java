package dev.proctorreviews.http;

import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the HTTP adapter needs from the configuration.
 *
 * @param apiTokens                   bearer tokens accepted on {@code /api/v1}
 * @param webhookKeys                 decoded Standard Webhooks keys per vendor (several = rotation)
 * @param allowUnsignedSoftwareSecure accept SoftwareSecure callbacks that carry no signature headers at all
 * @param signatureTolerance          how far a webhook timestamp may be from the server clock
 * @param maxInFlight                 requests worked on at once; more wait {@code admissionWait}, then get 503
 */
public record HttpSettings(List<String> apiTokens, Map<ReviewSource, List<byte[]>> webhookKeys,
                           boolean allowUnsignedSoftwareSecure, Duration signatureTolerance, int maxInFlight,
                           Duration admissionWait, Clock clock) {
    public static final Duration DEFAULT_SIGNATURE_TOLERANCE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_ADMISSION_WAIT = Duration.ofMillis(100);

    public HttpSettings {
        apiTokens = List.copyOf(apiTokens);
        webhookKeys = Map.copyOf(webhookKeys);
    }
}
