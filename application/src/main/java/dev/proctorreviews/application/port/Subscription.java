package dev.proctorreviews.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription as the API shows it (never with its keys). {@code eventTypes} empty = every type, now and later.
 * {@code disabledReason} says why the service disabled it ({@code failing}); empty while enabled or when a
 * client disabled it.
 */
public record Subscription(String id, String url, Optional<List<String>> eventTypes, Optional<String> description,
                           boolean enabled, Optional<String> disabledReason, Instant createdAt) {
    public static final String DISABLED_FAILING = "failing";

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(createdAt, "createdAt");
        eventTypes = eventTypes.map(List::copyOf);
    }
}
