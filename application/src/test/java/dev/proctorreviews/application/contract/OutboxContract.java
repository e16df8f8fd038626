package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.outbound.SigningKey;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.WebhookDelivery;
import dev.proctorreviews.application.port.out.NewEvent;
import dev.proctorreviews.application.port.out.outbox.LeaseRequest;
import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import dev.proctorreviews.application.port.out.outbox.TryRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox and subscriptions ports: deliveries written with their event, leases by lane and in commit order,
 * outcomes, the delivery log, retry and recover. The database is shared with other suites, so every assertion is
 * about this suite's own subscriptions and messages, and its subscriptions are deleted afterwards.
 */
public abstract class OutboxContract extends PortContract {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteSubscriptions() {
        created.forEach(id -> tx(() -> stores().subscriptions().delete(id)));
    }

    @Test
    void anEventGetsOneDeliveryPerSubscriptionThatWantsItsTypeDisabledOnesIncluded() {
        String all = subscription(Optional.empty(), true);
        String statusOnly = subscription(Optional.of(List.of("attempt_status_changed")), true);
        String disabled = subscription(Optional.empty(), false);

        UUID event = append("review_received");

        assertThat(deliveries(all)).extracting(WebhookDelivery::eventId).containsExactly(event);
        assertThat(deliveries(all).get(0).state()).isEqualTo("pending");
        assertThat(deliveries(all).get(0).eventType()).isEqualTo("review_received");
        assertThat(deliveries(statusOnly)).isEmpty();
        assertThat(deliveries(disabled)).extracting(WebhookDelivery::eventId).containsExactly(event);
    }

    @Test
    void aSubscriptionGetsOnlyEventsAppendedAfterItsCreation() {
        UUID before = append("review_received");
        String sub = subscription(Optional.empty(), true);
        UUID after = append("review_received");

        assertThat(deliveries(sub)).extracting(WebhookDelivery::eventId).containsExactly(after)
                .doesNotContain(before);
    }

    @Test
    void aSubscriptionIsOneLaneInSeqOrderAndAFailedDeliveryDoesNotHoldBackTheNext() {
        String sub = subscription(Optional.empty(), true);
        UUID first = append("review_received");
        UUID second = append("attempt_status_changed");
        Instant t = NOW.plusSeconds(1);

        List<OutboxMessage> leased = mine(sub, lease(SinkName.WEBHOOK, "a", t));
        assertThat(leased).extracting(m -> m.event().orElseThrow().id()).containsExactly(first);
        assertThat(mine(sub, lease(SinkName.WEBHOOK, "b", t))).as("its lane is leased").isEmpty();

        assertThat(record(leased.get(0), "a", failed(t, t.plusSeconds(60)))).isTrue();
        List<OutboxMessage> next = mine(sub, lease(SinkName.WEBHOOK, "b", t));
        assertThat(next).extracting(m -> m.event().orElseThrow().id()).containsExactly(second);
        assertThat(next.get(0).commitOrder()).isGreaterThan(leased.get(0).commitOrder());
        assertThat(next.get(0).event().orElseThrow().seq()).isEqualTo(next.get(0).commitOrder());
        assertThat(record(next.get(0), "b", delivered(t))).isTrue();

        assertThat(mine(sub, lease(SinkName.WEBHOOK, "a", t.plusSeconds(30)))).as("the retry is not due").isEmpty();
        List<OutboxMessage> retry = mine(sub, lease(SinkName.WEBHOOK, "a", t.plusSeconds(61)));
        assertThat(retry).extracting(OutboxMessage::tries).containsExactly(1);
    }

    @Test
    void aLaneLetsPerLaneMessagesOutInSeqOrderToOneOwnerAtATime() {
        String sub = subscription(Optional.empty(), true);
        List<UUID> events = List.of(append("review_received"), append("review_received"), append("review_received"));
        Instant t = NOW.plusSeconds(1);

        List<OutboxMessage> two = mine(sub, lease(SinkName.WEBHOOK, 2, "a", t));
        assertThat(two).extracting(m -> m.event().orElseThrow().id()).containsExactlyElementsOf(events.subList(0, 2));
        assertThat(mine(sub, lease(SinkName.WEBHOOK, 2, "a", t))).as("two are out already").isEmpty();
        assertThat(mine(sub, lease(SinkName.WEBHOOK, 2, "b", t))).as("a holds the lane").isEmpty();
        record(two.get(0), "a", delivered(t));
        assertThat(mine(sub, lease(SinkName.WEBHOOK, 2, "b", t))).as("a still holds one").isEmpty();
        assertThat(mine(sub, lease(SinkName.WEBHOOK, 2, "a", t))).extracting(m -> m.event().orElseThrow().id())
                .containsExactly(events.get(2));
    }

    @Test
    void aLeaseHoldsOnlyForItsTimeAndOnlyItsOwnerRecords() {
        String sub = subscription(Optional.empty(), true);
        append("review_received");
        Instant t = NOW.plusSeconds(1);
        OutboxMessage leased = mine(sub, lease(SinkName.WEBHOOK, "a", t)).get(0);

        assertThat(record(leased, "b", delivered(t))).as("not b's lease").isFalse();
        List<OutboxMessage> again = mine(sub, lease(SinkName.WEBHOOK, "b", t.plus(LEASE).plusSeconds(1)));
        assertThat(again).extracting(OutboxMessage::id).containsExactly(leased.id());
        assertThat(record(leased, "a", delivered(t))).as("a's lease ended and b took it").isFalse();
        assertThat(record(again.get(0), "b", delivered(t))).isTrue();
        assertThat(deliveries(sub).get(0).state()).isEqualTo("delivered");
        assertThat(deliveries(sub).get(0).tries()).isEqualTo(1);
    }

    @Test
    void aDisabledSubscriptionsDeliveriesWaitUntilItIsEnabledAgain() {
        String sub = subscription(Optional.empty(), true);
        append("review_received");
        run(() -> stores().subscriptions().disable(sub, Subscription.DISABLED_FAILING));
        append("attempt_status_changed");
        Instant t = NOW.plusSeconds(1);
        assertThat(mine(sub, lease(SinkName.WEBHOOK, "a", t))).isEmpty();

        Subscription s = tx(() -> stores().subscriptions().byId(sub)).orElseThrow();
        assertThat(s.disabledReason()).contains("failing");
        run(() -> stores().subscriptions().update(new Subscription(s.id(), s.url(), s.eventTypes(), s.description(),
                true, Optional.empty(), s.createdAt())));
        assertThat(mine(sub, lease(SinkName.WEBHOOK, "a", t))).hasSize(1);
        assertThat(deliveries(sub)).as("the event committed while it was disabled is kept").hasSize(2);
    }

    @Test
    void theLogIsNewestFirstFilteredAndRetryAndRecoverPutFailedDeliveriesBack() {
        String sub = subscription(Optional.empty(), true);
        UUID first = append("review_received");
        UUID second = append("review_received");
        Instant t = NOW.plusSeconds(1);
        OutboxMessage m1 = mine(sub, lease(SinkName.WEBHOOK, "a", t)).get(0);
        record(m1, "a", new TryRecord(t, false, OptionalInt.of(500), Optional.of("HTTP 500"), "oops",
                Optional.empty()));
        OutboxMessage m2 = mine(sub, lease(SinkName.WEBHOOK, "a", t)).get(0);
        record(m2, "a", new TryRecord(t, false, OptionalInt.empty(), Optional.of("refused"), "", Optional.empty()));

        List<WebhookDelivery> log = deliveries(sub);
        assertThat(log).extracting(WebhookDelivery::eventId).containsExactly(second, first);
        WebhookDelivery failed = log.get(1);
        assertThat(failed.state()).isEqualTo("failed");
        assertThat(failed.lastStatus()).hasValue(500);
        assertThat(failed.lastError()).contains("HTTP 500");
        assertThat(failed.lastResponseExcerpt()).contains("oops");
        assertThat(failed.nextTryAt()).isEmpty();
        assertThat(log.get(0).lastResponseExcerpt()).isEmpty();
        assertThat(tx(() -> stores().subscriptions().deliveries(sub, Optional.of("pending"), OptionalLong.empty(),
                10))).isEmpty();
        assertThat(tx(() -> stores().subscriptions().deliveries(sub, Optional.empty(), OptionalLong.of(log.get(0).id()),
                10))).extracting(WebhookDelivery::eventId).containsExactly(first);

        assertThat(tx(() -> stores().subscriptions().retry(sub, failed.id(), t))).isTrue();
        assertThat(tx(() -> stores().subscriptions().retry(sub, Long.MAX_VALUE, t))).isFalse();
        assertThat(tx(() -> stores().subscriptions().recover(sub, NOW.minusSeconds(1), t))).isEqualTo(1);
        assertThat(deliveries(sub)).allSatisfy(d -> {
            assertThat(d.state()).isEqualTo("pending");
            assertThat(d.tries()).isZero();
        });
        assertThat(tx(() -> stores().subscriptions().recover(sub, NOW.minusSeconds(1), t))).isZero();
    }

    @Test
    void deletingASubscriptionDropsItsDeliveries() {
        String sub = subscription(Optional.empty(), true);
        append("review_received");
        assertThat(tx(() -> stores().subscriptions().delete(sub))).isTrue();
        assertThat(mine(sub, lease(SinkName.WEBHOOK, "a", NOW.plusSeconds(1)))).isEmpty();
        assertThat(tx(() -> stores().subscriptions().byId(sub))).isEmpty();
        assertThat(tx(() -> stores().subscriptions().delete(sub))).isFalse();
    }

    @Test
    void rotationKeepsTheOldKeyForADay() {
        String sub = subscription(Optional.empty(), true);
        SigningKey fresh = new SigningKey(new byte[] {9, 9, 9});
        assertThat(tx(() -> stores().subscriptions().rotate(sub, fresh, NOW))).isTrue();

        var target = tx(() -> stores().subscriptions().target(sub)).orElseThrow();
        assertThat(target.keysAt(NOW.plusSeconds(60))).hasSize(2).first().isEqualTo(fresh);
        assertThat(target.keysAt(NOW.plus(Duration.ofHours(25)))).containsExactly(fresh);
    }

    @Test
    void aHeadOfLineSinkSendsInCommitOrderAndNothingPassesAMessageWaitingForItsRetry() {
        Instant t = NOW.plusSeconds(1);
        drain(SinkName.OPENEDX, t);
        for (int i = 0; i < 3; i++) {
            int n = i;
            run(() -> stores().outbox().append(SinkName.OPENEDX, "{\"n\": " + n + "}", NOW));
        }

        List<OutboxMessage> first = lease(SinkName.OPENEDX, "a", t);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).payloadJson().orElseThrow().replace(" ", "")).isEqualTo("{\"n\":0}");
        assertThat(lease(SinkName.OPENEDX, "b", t)).as("one at a time").isEmpty();
        record(first.get(0), "a", failed(t, t.plusSeconds(60)));
        assertThat(lease(SinkName.OPENEDX, "b", t.plusSeconds(1))).as("the head waits for its retry").isEmpty();

        List<Long> order = new ArrayList<>();
        Instant later = t.plusSeconds(61);
        for (int i = 0; i < 3; i++) {
            OutboxMessage m = lease(SinkName.OPENEDX, "b", later).get(0);
            order.add(m.commitOrder());
            assertThat(m.payloadJson().orElseThrow().replace(" ", "")).isEqualTo("{\"n\":" + i + "}");
            record(m, "b", delivered(later));
        }
        assertThat(order).isSorted().doesNotHaveDuplicates();
        assertThat(tx(() -> stores().outbox().backlog(SinkName.OPENEDX)).pending()).isZero();
    }

    private void drain(SinkName sink, Instant at) {
        for (List<OutboxMessage> m = lease(sink, "drain", at); !m.isEmpty(); m = lease(sink, "drain", at)) {
            m.forEach(message -> record(message, "drain", delivered(at)));
        }
    }

    private String subscription(Optional<List<String>> types, boolean enabled) {
        String id = "sub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        run(() -> stores().subscriptions().add(new Subscription(id, "https://example.org/hooks", types,
                Optional.of("contract"), enabled, Optional.empty(), NOW), new SigningKey(new byte[] {1, 2, 3})));
        created.add(id);
        return id;
    }

    private UUID append(String type) {
        UUID id = UUID.randomUUID();
        run(() -> stores().events().append(new NewEvent(id, type, NOW, "{\"k\": 1}")));
        return id;
    }

    private List<WebhookDelivery> deliveries(String sub) {
        return tx(() -> stores().subscriptions().deliveries(sub, Optional.empty(), OptionalLong.empty(), 100));
    }

    private List<OutboxMessage> lease(SinkName sink, String owner, Instant now) {
        return lease(sink, 1, owner, now);
    }

    private List<OutboxMessage> lease(SinkName sink, int perLane, String owner, Instant now) {
        return tx(() -> stores().outbox().lease(new LeaseRequest(sink, sink == SinkName.OPENEDX, perLane, 1000, owner,
                now, LEASE)));
    }

    private boolean record(OutboxMessage message, String owner, TryRecord outcome) {
        return tx(() -> stores().outbox().record(message.id(), owner, outcome));
    }

    private static List<OutboxMessage> mine(String sub, List<OutboxMessage> leased) {
        return leased.stream().filter(m -> m.subscriptionId().equals(Optional.of(sub))).toList();
    }

    private static TryRecord delivered(Instant at) {
        return new TryRecord(at, true, OptionalInt.of(200), Optional.empty(), "", Optional.empty());
    }

    private static TryRecord failed(Instant at, Instant next) {
        return new TryRecord(at, false, OptionalInt.of(503), Optional.of("HTTP 503"), "", Optional.of(next));
    }
}
