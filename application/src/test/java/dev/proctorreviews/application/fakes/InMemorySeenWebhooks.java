package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.SeenWebhooks;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Seen webhook ids per vendor, with the time they were last answered. */
final class InMemorySeenWebhooks implements SeenWebhooks {
    private final Map<Key, Seen> seen = new ConcurrentHashMap<>();

    @Override
    public void remember(ReviewSource vendor, String webhookId, AttemptCode about, Instant at) {
        seen.put(new Key(vendor, webhookId), new Seen(about, at));
    }

    @Override
    public Optional<AttemptCode> seenSince(ReviewSource vendor, String webhookId, Instant notBefore) {
        return Optional.ofNullable(seen.get(new Key(vendor, webhookId)))
                .filter(s -> !s.at().isBefore(notBefore)).map(Seen::about);
    }

    @Override
    public int forgetBefore(Instant instant) {
        int before = seen.size();
        seen.values().removeIf(s -> s.at().isBefore(instant));
        return before - seen.size();
    }

    private record Key(ReviewSource vendor, String webhookId) {
    }

    private record Seen(AttemptCode about, Instant at) {
    }
}
