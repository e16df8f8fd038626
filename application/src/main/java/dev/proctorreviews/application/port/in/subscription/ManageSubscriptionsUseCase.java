package dev.proctorreviews.application.port.in.subscription;

import dev.proctorreviews.application.port.Subscription;
import java.util.List;
import java.util.Optional;

/** Create, read, change, delete and re-key subscriptions; only creation and rotation hand out the secret. */
public interface ManageSubscriptionsUseCase {
    SubscriptionResult create(NewSubscription subscription);

    List<Subscription> list();

    Optional<Subscription> get(String id);

    SubscriptionResult update(String id, SubscriptionChange change);

    /** Deletes it and drops its deliveries; false when unknown. */
    boolean delete(String id);

    /** A new key; for a day the old one signs too. */
    SubscriptionResult rotateSecret(String id);
}
