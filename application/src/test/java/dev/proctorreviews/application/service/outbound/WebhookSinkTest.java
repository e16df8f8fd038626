package dev.proctorreviews.application.service.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.fakes.InMemoryStores;
import dev.proctorreviews.application.fakes.SteppingClock;
import dev.proctorreviews.application.outbound.DeliveryOutcome;
import dev.proctorreviews.application.outbound.OutgoingWebhook;
import dev.proctorreviews.application.outbound.RetrySchedule;
import dev.proctorreviews.application.outbound.WebhookSender;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.in.subscription.NewSubscription;
import dev.proctorreviews.application.port.in.subscription.SubscriptionChange;
import dev.proctorreviews.application.port.in.subscription.SubscriptionResult;
import dev.proctorreviews.application.port.out.NewEvent;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.outbox.LeaseRequest;
import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import dev.proctorreviews.application.outbound.HostResolver;
import dev.proctorreviews.application.outbound.TargetPolicy;
import dev.proctorreviews.application.service.subscription.ManageSubscriptionsService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The webhook sink on the in-memory stores: the body of contract 6.2, the subscription's key, and the five-day
 * rule (a subscription whose tries have all failed for five days is disabled as {@code failing}; enabling it
 * again resumes its deliveries; one success in between starts the count again).
 */
class WebhookSinkTest {
    private final Stores stores = InMemoryStores.create();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final List<OutgoingWebhook> sent = new ArrayList<>();
    private DeliveryOutcome answer = DeliveryOutcome.FailedTry.unanswered("connection refused");
    private final WebhookSender sender = webhook -> {
        sent.add(webhook);
        return answer;
    };
    private final WebhookSink sink = new WebhookSink(stores.transactions(), stores.subscriptions(), sender,
            RetrySchedule.parse("1h"), clock);
    private final ManageSubscriptionsService subscriptions = new ManageSubscriptionsService(stores.transactions(),
            stores.subscriptions(), new TargetPolicy(true, HostResolver.system()), clock);

    @Test
    void aDeliveryIsTheFeedEventSignedWithTheSubscriptionsKeyUnderTheEventId() {
        String id = subscribe();
        UUID event = append();
        answer = new DeliveryOutcome.Delivered(204, "");

        SinkOutcome outcome = sink.deliver(lease().get(0));

        assertThat(outcome).isInstanceOf(SinkOutcome.Sent.class);
        OutgoingWebhook webhook = sent.get(0);
        assertThat(webhook.webhookId()).isEqualTo(event.toString());
        assertThat(webhook.url().toString()).isEqualTo("http://127.0.0.1:9/hooks");
        assertThat(webhook.keys()).hasSize(1);
        assertThat(new String(webhook.body(), StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"review_received\","
                + "\"timestamp\":\"2026-12-01T10:00:00Z\",\"seq\":1,\"id\":\"" + event + "\",\"data\":{\"k\":1}}");
        assertThat(stores.subscriptions().byId(id).orElseThrow().enabled()).isTrue();
    }

    @Test
    void fiveDaysOfFailuresDisableTheSubscriptionAndEnablingItResumesItsDeliveries() {
        String id = subscribe();
        append();
        OutboxMessage message = lease().get(0);

        sink.deliver(message);
        clock.advance(Duration.ofDays(4));
        sink.deliver(message);
        assertThat(stores.subscriptions().byId(id).orElseThrow().enabled()).as("four days").isTrue();
        clock.advance(Duration.ofDays(1));
        sink.deliver(message);

        Subscription disabled = stores.subscriptions().byId(id).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledReason()).contains(Subscription.DISABLED_FAILING);
        stores.outbox().release(message.id(), "test");
        assertThat(lease()).as("a disabled subscription's deliveries wait").isEmpty();

        SubscriptionResult resumed = subscriptions.update(id, new SubscriptionChange(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(true)));
        assertThat(((SubscriptionResult.Saved) resumed).subscription().disabledReason()).isEmpty();
        assertThat(lease()).extracting(OutboxMessage::id).containsExactly(message.id());
        assertThat(stores.subscriptions().target(id).orElseThrow().failingSince()).as("the count starts again")
                .isEmpty();
    }

    @Test
    void aSuccessBetweenFailuresStartsTheFiveDaysAgain() {
        String id = subscribe();
        append();
        OutboxMessage message = lease().get(0);
        sink.deliver(message);
        clock.advance(Duration.ofDays(3));
        answer = new DeliveryOutcome.Delivered(200, "ok");
        sink.deliver(message);
        answer = DeliveryOutcome.FailedTry.unanswered("connection refused");
        clock.advance(Duration.ofDays(3));
        sink.deliver(message);

        assertThat(stores.subscriptions().byId(id).orElseThrow().enabled()).isTrue();
    }

    private String subscribe() {
        SubscriptionResult created = subscriptions.create(new NewSubscription("http://127.0.0.1:9/hooks",
                Optional.empty(), Optional.empty()));
        return ((SubscriptionResult.Saved) created).subscription().id();
    }

    private UUID append() {
        UUID id = UUID.randomUUID();
        stores.transactions().inTransaction(() -> {
            stores.events().append(new NewEvent(id, "review_received", clock.instant(), "{\"k\":1}"));
            return null;
        });
        return id;
    }

    private List<OutboxMessage> lease() {
        return stores.outbox().lease(new LeaseRequest(SinkName.WEBHOOK, false, 1, 10, "test", clock.instant(),
                Duration.ofSeconds(30)));
    }
}
