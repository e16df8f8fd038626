package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.outbound.SigningKey;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.WebhookDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Subscriptions and their deliveries. A subscription's deliveries are written by the event feed with each event
 * (see {@code Outbox}); this port keeps the subscriptions, reads a subscription's delivery log and puts failed
 * deliveries back into the queue.
 */
public interface Subscriptions {
    void add(Subscription subscription, SigningKey key);

    Optional<Subscription> byId(String id);

    /** Every subscription, oldest first. */
    List<Subscription> all();

    /** Stores a changed subscription's URL, event types, description and enabled state; false when unknown. */
    boolean update(Subscription changed);

    /** Deletes it with all its deliveries (pending ones are dropped); false when unknown. */
    boolean delete(String id);

    /** Makes {@code key} the current key and the current one the previous key, as of {@code at}. */
    boolean rotate(String id, SigningKey key, Instant at);

    Optional<SubscriptionTarget> target(String id);

    /** Its deliveries have failed since {@code since} (kept when already set); empty = one has just succeeded. */
    void failingSince(String id, Optional<Instant> since);

    /** The service disables it, saying why. */
    void disable(String id, String reason);

    /** Newest first, optionally in one state and with ids below {@code before}. */
    List<WebhookDelivery> deliveries(String id, Optional<String> state, OptionalLong before, int limit);

    /**
     * Sends a delivery of this subscription again at {@code now}: it becomes pending and due; a failed or
     * delivered one starts a fresh schedule. False when the subscription has no such delivery.
     */
    boolean retry(String id, long deliveryId, Instant now);

    /** Retries every failed delivery of events that occurred at or after {@code since}; returns how many. */
    int recover(String id, Instant since, Instant now);
}
