package dev.proctorreviews.openedx.eventbus;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how lifecycle events are published. Bootstrap builds it from {@code PROCTOR_OPENEDX_*}; the
 * adapter reads nothing else.
 *
 * @param redisUrl     {@code redis://[[user]:password@]host[:port][/db]}, or {@code rediss://} for TLS
 * @param topicPrefix  prepended with a hyphen to the topic, as {@code event-bus-redis}'s
 *                     {@code EVENT_BUS_TOPIC_PREFIX} does (Tutor's is {@code dev})
 * @param streamMaxLen the approximate length the stream is trimmed to on every add
 * @param source       the {@code source} field: the logical producer
 * @param sourceHost   the {@code sourcehost} field: the machine that published
 * @param timeout      how long connecting or one command may take before {@code publish} gives up, so that an
 *                     unreachable Redis costs the dispatcher seconds, not a hung thread
 */
public record OpenEdxEventBusSettings(URI redisUrl, Optional<String> topicPrefix, long streamMaxLen, String source,
                                      String sourceHost, Duration timeout) {
    public static final String TOPIC = "learning-exam-attempt-lifecycle";
    public static final long DEFAULT_STREAM_MAX_LEN = 10_000;
    public static final String DEFAULT_SOURCE = "openedx/proctor-reviews/web";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    public OpenEdxEventBusSettings {
        Objects.requireNonNull(redisUrl, "redis URL");
        if (!"redis".equals(redisUrl.getScheme()) && !"rediss".equals(redisUrl.getScheme())) {
            throw new IllegalArgumentException("the Redis URL must start with redis:// or rediss://");
        }
        if (redisUrl.getHost() == null) {
            throw new IllegalArgumentException("the Redis URL must name a host");
        }
        Objects.requireNonNull(topicPrefix, "topic prefix");
        topicPrefix.ifPresent(prefix -> requireText(prefix, "topic prefix"));
        if (streamMaxLen <= 0) {
            throw new IllegalArgumentException("the stream max length must be positive");
        }
        requireText(source, "source");
        requireText(sourceHost, "source host");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the timeout must be positive and below 24 days");
        }
    }

    /** The contract's defaults for everything but the URL: no prefix, 10000 entries, this host. */
    public static OpenEdxEventBusSettings defaults(URI redisUrl) {
        return new OpenEdxEventBusSettings(redisUrl, Optional.empty(), DEFAULT_STREAM_MAX_LEN, DEFAULT_SOURCE,
                localHostName(), DEFAULT_TIMEOUT);
    }

    /** The stream the Open edX consumer reads: {@code <prefix>-learning-exam-attempt-lifecycle}. */
    public String streamName() {
        return topicPrefix.map(prefix -> prefix + "-" + TOPIC).orElse(TOPIC);
    }

    /**
     * This machine's host name, what Python's {@code socket.gethostname()} gives the Open edX producers; in a
     * container, the container's name.
     */
    public static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cannot determine this machine's host name; set the source host", e);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " must not be blank");
        }
    }
}
