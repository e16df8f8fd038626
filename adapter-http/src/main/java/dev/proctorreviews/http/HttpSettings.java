package dev.proctorreviews.http;

import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

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
    /**
     * A request body must arrive at least this fast on average (vendors' callbacks are a few KiB, sent at once);
     * a slower one is cut with 408, so a slow sender holds a server thread for a bounded time.
     */
    public static final long MIN_REQUEST_BYTES_PER_SECOND = 512;
    /** A request whose body makes no progress at all for this long is cut with 408. */
    public static final Duration REQUEST_IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** Server threads besides the {@code maxInFlight} workers: body reading, health, metrics, Jetty's own. */
    static final int SPARE_THREADS = 32;

    public HttpSettings {
        apiTokens = List.copyOf(apiTokens);
        webhookKeys = Map.copyOf(webhookKeys);
    }

    /**
     * Jetty's threads, bounded: Javalin's default lets a burst grow to 250 threads, far more than two cores can
     * run; work beyond {@code maxInFlight} is refused by admission anyway, so more threads only cost memory.
     */
    QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(maxInFlight + SPARE_THREADS, 8, 60_000);
        pool.setName("http");
        return pool;
    }
}
