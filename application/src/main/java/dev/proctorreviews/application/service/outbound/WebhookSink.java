package dev.proctorreviews.application.service.outbound;

import dev.proctorreviews.application.LogText;
import dev.proctorreviews.application.outbound.DeliveryOutcome;
import dev.proctorreviews.application.outbound.OutgoingWebhook;
import dev.proctorreviews.application.outbound.RetrySchedule;
import dev.proctorreviews.application.outbound.WebhookSender;
import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.out.SubscriptionTarget;
import dev.proctorreviews.application.port.out.Subscriptions;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a webhook delivery (contract 6.2): the event as {@code {"type", "timestamp", "seq", "id", "data"}}, signed
 * with the subscription's keys, {@code webhook-id} = the event id. Keeps the five-day rule: a subscription whose
 * tries have all failed since five days is disabled ({@code failing}); a success clears the count.
 */
public final class WebhookSink implements OutboxSink {
    /** A subscription whose deliveries have all failed for this long is disabled. */
    public static final Duration DISABLE_AFTER = Duration.ofDays(5);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSink.class);

    private final Transactions tx;
    private final Subscriptions subscriptions;
    private final WebhookSender sender;
    private final RetrySchedule schedule;
    private final Clock clock;

    public WebhookSink(Transactions tx, Subscriptions subscriptions, WebhookSender sender, RetrySchedule schedule,
                       Clock clock) {
        this.tx = tx;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public SinkName name() {
        return SinkName.WEBHOOK;
    }

    @Override
    public boolean headOfLine() {
        return false;
    }

    @Override
    public Optional<Duration> retryDelay(int failedTries) {
        return schedule.delayAfter(failedTries, ThreadLocalRandom.current());
    }

    @Override
    public SinkOutcome deliver(OutboxMessage message) {
        String id = message.subscriptionId().orElseThrow();
        FeedEvent event = message.event().orElseThrow();
        Optional<SubscriptionTarget> found = tx.inTransaction(() -> subscriptions.target(id));
        if (found.isEmpty() || !found.get().enabled()) {
            return SinkOutcome.Failed.unanswered("the subscription is " + (found.isEmpty() ? "gone" : "disabled"));
        }
        SubscriptionTarget target = found.get();
        Instant now = clock.instant();
        DeliveryOutcome outcome = sender.send(new OutgoingWebhook(URI.create(target.url()), event.id().toString(),
                now, body(event), target.keysAt(now)));
        keepHealth(target, outcome instanceof DeliveryOutcome.Delivered, now);
        return outcome.fold(
                delivered -> new SinkOutcome.Sent(OptionalInt.of(delivered.status()), delivered.responseExcerpt()),
                failed -> new SinkOutcome.Failed(failed.status(), failed.error(), failed.responseExcerpt()));
    }

    /** Writes only when the health changes: the first failure after a success, a success after failures, day five. */
    private void keepHealth(SubscriptionTarget target, boolean delivered, Instant now) {
        Optional<Instant> since = target.failingSince();
        Runnable write = null;
        if (delivered && since.isPresent()) {
            write = () -> subscriptions.failingSince(target.id(), Optional.empty());
        } else if (!delivered && since.isEmpty()) {
            write = () -> subscriptions.failingSince(target.id(), Optional.of(now));
        } else if (!delivered && !now.isBefore(since.get().plus(DISABLE_AFTER))) {
            write = () -> disable(target.id(), since.get());
        }
        if (write != null) {
            Runnable change = write;
            tx.inTransaction(() -> {
                change.run();
                return null;
            });
        }
    }

    private void disable(String id, Instant failingSince) {
        subscriptions.disable(id, Subscription.DISABLED_FAILING);
        LOG.warn("Subscription {} disabled: its deliveries have all failed since {}", id, failingSince);
    }

    /** The body of contract 6.2; {@code data} exactly as the feed holds it. */
    static byte[] body(FeedEvent event) {
        return ("{\"type\":" + LogText.jsonString(event.type()) + ",\"timestamp\":"
                + LogText.jsonString(event.occurredAt().toString()) + ",\"seq\":" + event.seq() + ",\"id\":"
                + LogText.jsonString(event.id().toString()) + ",\"data\":" + event.dataJson() + "}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
