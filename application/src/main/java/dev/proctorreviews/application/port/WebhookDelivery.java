package dev.proctorreviews.application.port;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** One delivery of one event to one subscription, as its log shows it (contract 6.2). */
public record WebhookDelivery(long id, UUID eventId, String eventType, Optional<Long> seq, String state, int tries,
                              Optional<Instant> nextTryAt, Optional<Instant> lastTryAt, OptionalInt lastStatus,
                              Optional<String> lastError, Optional<String> lastResponseExcerpt) {
    /** The states a delivery can be in, as the API names them. */
    public static final java.util.List<String> STATES = java.util.List.of("pending", "delivered", "failed");
}
