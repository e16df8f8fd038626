package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Instant;
import java.util.Optional;

/** Webhook ids whose delivery was answered 2xx, for replay detection. */
public interface SeenWebhooks {
    /** Remembers the id (again) with the attempt its delivery was about. */
    void remember(ReviewSource vendor, String webhookId, AttemptCode about, Instant at);

    /**
     * The attempt a delivery with this id was about, when it was seen at or after {@code notBefore}. Inside a
     * transaction the id stays held until that transaction ends: a concurrent check of the same id waits, then
     * sees what the first delivery remembered, so an id is processed at most once.
     */
    Optional<AttemptCode> seenSince(ReviewSource vendor, String webhookId, Instant notBefore);

    /** Forgets ids seen before the instant; returns how many. */
    int forgetBefore(Instant instant);
}
