package dev.proctorreviews.application.service.subscription;

import dev.proctorreviews.application.outbound.SigningKey;
import dev.proctorreviews.application.outbound.TargetPolicy;
import dev.proctorreviews.application.outbound.TargetVerdict;
import dev.proctorreviews.application.port.FieldError;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.WebhookDelivery;
import dev.proctorreviews.application.port.in.subscription.NewSubscription;
import dev.proctorreviews.application.port.in.subscription.RetryResult;
import dev.proctorreviews.application.port.in.subscription.SubscriptionChange;
import dev.proctorreviews.application.port.in.subscription.SubscriptionResult;
import dev.proctorreviews.application.port.in.subscription.SubscriptionUseCases;
import dev.proctorreviews.application.port.out.Subscriptions;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.domain.event.AttemptStatusChanged;
import dev.proctorreviews.domain.event.ReviewReceived;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Subscriptions (contract 6.1) and their deliveries (6.2). The URL rule ({@link TargetPolicy}) is checked here,
 * before anything is stored, and again by the sender on every connection. A key is 32 random bytes, handed out
 * once as {@code whsec_<base64>}.
 */
public final class ManageSubscriptionsService implements SubscriptionUseCases {
    /** The event types a subscription can ask for: those of the feed. */
    public static final List<String> EVENT_TYPES = List.of(ReviewReceived.TYPE, AttemptStatusChanged.TYPE);
    private static final int KEY_BYTES = 32;
    private static final int ID_BYTES = 15;

    private final Transactions tx;
    private final Subscriptions subscriptions;
    private final TargetPolicy targets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ManageSubscriptionsService(Transactions tx, Subscriptions subscriptions, TargetPolicy targets, Clock clock) {
        this.tx = tx;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public SubscriptionResult create(NewSubscription s) {
        List<FieldError> errors = new ArrayList<>();
        s.eventTypes().ifPresent(types -> checkTypes(types, errors));
        Optional<SubscriptionResult> refused = checkUrl(s.url(), errors);
        if (refused.isPresent()) {
            return refused.get();
        }
        String id = "sub_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(ID_BYTES));
        SigningKey key = new SigningKey(bytes(KEY_BYTES));
        Subscription created = new Subscription(id, s.url(), s.eventTypes(), s.description(), true, Optional.empty(),
                clock.instant());
        tx.inTransaction(() -> {
            subscriptions.add(created, key);
            return null;
        });
        return new SubscriptionResult.Saved(created, Optional.of(key.written()));
    }

    @Override
    public List<Subscription> list() {
        return tx.inTransaction(subscriptions::all);
    }

    @Override
    public Optional<Subscription> get(String id) {
        return tx.inTransaction(() -> subscriptions.byId(id));
    }

    @Override
    public SubscriptionResult update(String id, SubscriptionChange change) {
        List<FieldError> errors = new ArrayList<>();
        change.eventTypes().flatMap(Function.identity()).ifPresent(types -> checkTypes(types, errors));
        Optional<SubscriptionResult> refused = change.url().isPresent() ? checkUrl(change.url().get(), errors)
                : errors.isEmpty() ? Optional.empty() : Optional.of(new SubscriptionResult.Invalid(errors));
        if (refused.isPresent()) {
            return refused.get();
        }
        return tx.inTransaction(() -> {
            Optional<Subscription> found = subscriptions.byId(id);
            if (found.isEmpty()) {
                return notFound(id);
            }
            Subscription s = found.get();
            boolean enabled = change.enabled().orElse(s.enabled());
            Subscription changed = new Subscription(id, change.url().orElse(s.url()),
                    change.eventTypes().orElse(s.eventTypes()), change.description().orElse(s.description()),
                    enabled, enabled || change.enabled().isPresent() ? Optional.empty() : s.disabledReason(),
                    s.createdAt());
            subscriptions.update(changed);
            return new SubscriptionResult.Saved(changed, Optional.empty());
        });
    }

    @Override
    public boolean delete(String id) {
        return tx.inTransaction(() -> subscriptions.delete(id));
    }

    @Override
    public SubscriptionResult rotateSecret(String id) {
        SigningKey key = new SigningKey(bytes(KEY_BYTES));
        Instant now = clock.instant();
        return tx.inTransaction(() -> subscriptions.rotate(id, key, now)
                ? new SubscriptionResult.Saved(subscriptions.byId(id).orElseThrow(), Optional.of(key.written()))
                : notFound(id));
    }

    @Override
    public Optional<List<WebhookDelivery>> deliveries(String id, Optional<String> state, OptionalLong before,
                                                      int limit) {
        return tx.inTransaction(() -> subscriptions.byId(id).map(s -> subscriptions.deliveries(id, state, before,
                limit)));
    }

    @Override
    public RetryResult retry(String id, long deliveryId) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            if (subscriptions.byId(id).isEmpty()) {
                return new RetryResult.SubscriptionNotFound(SubscriptionResult.missing(id));
            }
            if (!subscriptions.retry(id, deliveryId, now)) {
                return new RetryResult.DeliveryNotFound("Subscription " + id + " has no delivery " + deliveryId);
            }
            return new RetryResult.Requeued(subscriptions.deliveries(id, Optional.empty(),
                    OptionalLong.of(deliveryId + 1), 1).get(0));
        });
    }

    @Override
    public Optional<Integer> recover(String id, Instant since) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> subscriptions.byId(id).map(s -> subscriptions.recover(id, since, now)));
    }

    private Optional<SubscriptionResult> checkUrl(String url, List<FieldError> errors) {
        TargetVerdict verdict = targets.checkUrl(url);
        if (verdict instanceof TargetVerdict.Malformed malformed) {
            errors.add(new FieldError("url", malformed.reason()));
        }
        if (!errors.isEmpty()) {
            return Optional.of(new SubscriptionResult.Invalid(errors));
        }
        if (verdict instanceof TargetVerdict.NotAllowed notAllowed) {
            return Optional.of(new SubscriptionResult.UrlNotAllowed("The URL is not allowed: "
                    + notAllowed.reason() + "."));
        }
        return Optional.empty();
    }

    private static void checkTypes(List<String> types, List<FieldError> errors) {
        for (int i = 0; i < types.size(); i++) {
            if (!EVENT_TYPES.contains(types.get(i))) {
                errors.add(new FieldError("event_types[" + i + "]", "must be one of " + String.join(", ", EVENT_TYPES)));
            }
        }
    }

    private byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static SubscriptionResult notFound(String id) {
        return new SubscriptionResult.NotFound(SubscriptionResult.missing(id));
    }
}
