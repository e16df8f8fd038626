package dev.proctorreviews.webhooks.outbound;

import java.time.Duration;

/**
 * How patient the sender is: {@code connectTimeout} per TCP connection, {@code requestTimeout} for the whole
 * answer (the contract's 10 s), {@code maxConcurrentTries} tries in flight at once (the dispatcher's pool size;
 * it bounds the sender's threads so that slow receivers cannot make it grow).
 */
public record WebhookSenderSettings(Duration connectTimeout, Duration requestTimeout, int maxConcurrentTries) {
    public static final WebhookSenderSettings DEFAULTS =
            new WebhookSenderSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 16);

    public WebhookSenderSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxConcurrentTries < 1) {
            throw new IllegalArgumentException("at least one try must be able to run");
        }
    }
}
