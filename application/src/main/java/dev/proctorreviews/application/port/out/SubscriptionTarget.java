package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.outbound.SigningKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how a subscription's deliveries go: its URL and keys, and since when its deliveries have all failed
 * (empty once one succeeds), which the five-day rule reads.
 */
public record SubscriptionTarget(String id, String url, boolean enabled, SigningKey key, Optional<SigningKey> previousKey,
                                 Optional<Instant> rotatedAt, Optional<Instant> failingSince) {
    /** For this long after a rotation a delivery carries the old key's signature too. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    public SubscriptionTarget {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(previousKey, "previousKey");
        Objects.requireNonNull(rotatedAt, "rotatedAt");
        Objects.requireNonNull(failingSince, "failingSince");
    }

    /** The keys a try at {@code now} is signed with: the current one first, then, within a day of a rotation, the old one. */
    public List<SigningKey> keysAt(Instant now) {
        List<SigningKey> keys = new ArrayList<>(List.of(key));
        if (previousKey.isPresent() && rotatedAt.isPresent() && now.isBefore(rotatedAt.get().plus(ROTATION_OVERLAP))) {
            keys.add(previousKey.get());
        }
        return keys;
    }

    @Override
    public String toString() {
        return "SubscriptionTarget[id=" + id + ", url=" + url + ", enabled=" + enabled + "]";
    }
}
