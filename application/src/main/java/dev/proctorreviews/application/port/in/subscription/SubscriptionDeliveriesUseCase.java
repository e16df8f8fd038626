package dev.proctorreviews.application.port.in.subscription;

import dev.proctorreviews.application.port.WebhookDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A subscription's delivery log, newest first, and sending deliveries again. Empty = no such subscription. */
public interface SubscriptionDeliveriesUseCase {
    Optional<List<WebhookDelivery>> deliveries(String id, Optional<String> state, OptionalLong before, int limit);

    /** Sends one delivery again now; a failed one starts a fresh schedule. */
    RetryResult retry(String id, long deliveryId);

    /** Retries every failed delivery of events since {@code since}; how many, or empty when unknown. */
    Optional<Integer> recover(String id, Instant since);
}
