package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.outbound.SigningKey;
import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.WebhookDelivery;
import dev.proctorreviews.application.port.out.SubscriptionTarget;
import dev.proctorreviews.application.port.out.Subscriptions;
import dev.proctorreviews.application.port.out.outbox.Backlog;
import dev.proctorreviews.application.port.out.outbox.LeaseRequest;
import dev.proctorreviews.application.port.out.outbox.Outbox;
import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import dev.proctorreviews.application.port.out.outbox.TryRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Subscriptions and the outbox in memory, one object because the feed writes a subscription's deliveries with
 * each event (as the PostgreSQL feed does). Every unit of work is serialised, so insertion order is commit order
 * and a message is numbered when it is written.
 */
final class InMemoryOutbound implements Subscriptions, Outbox {
    private final Map<String, Stored> subscriptions = new LinkedHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final Map<SinkName, Long> lastOrder = new LinkedHashMap<>();

    /** Called by the feed for each event it appends. */
    synchronized void deliveriesOf(FeedEvent event) {
        for (Stored s : subscriptions.values()) {
            if (s.subscription.eventTypes().map(t -> t.contains(event.type())).orElse(true)) {
                messages.add(new Message(messages.size() + 1L, SinkName.WEBHOOK, event.seq(), event.occurredAt(),
                        Optional.of(s.subscription.id()), Optional.of(event), Optional.empty()));
            }
        }
    }

    @Override
    public synchronized void add(Subscription subscription, SigningKey key) {
        subscriptions.put(subscription.id(), new Stored(subscription, key, Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Override
    public synchronized Optional<Subscription> byId(String id) {
        return Optional.ofNullable(subscriptions.get(id)).map(s -> s.subscription);
    }

    @Override
    public synchronized List<Subscription> all() {
        return subscriptions.values().stream().map(s -> s.subscription).toList();
    }

    @Override
    public synchronized boolean update(Subscription changed) {
        Stored s = subscriptions.get(changed.id());
        if (s == null) {
            return false;
        }
        boolean resumed = changed.enabled() && !s.subscription.enabled();
        subscriptions.put(changed.id(), new Stored(changed, s.key, s.previous, s.rotatedAt,
                resumed ? Optional.empty() : s.failingSince));
        return true;
    }

    @Override
    public synchronized boolean delete(String id) {
        messages.removeIf(m -> m.subscriptionId.equals(Optional.of(id)));
        return subscriptions.remove(id) != null;
    }

    @Override
    public synchronized boolean rotate(String id, SigningKey key, Instant at) {
        Stored s = subscriptions.get(id);
        if (s == null) {
            return false;
        }
        subscriptions.put(id, new Stored(s.subscription, key, Optional.of(s.key), Optional.of(at), s.failingSince));
        return true;
    }

    @Override
    public synchronized Optional<SubscriptionTarget> target(String id) {
        return Optional.ofNullable(subscriptions.get(id)).map(s -> new SubscriptionTarget(id, s.subscription.url(),
                s.subscription.enabled(), s.key, s.previous, s.rotatedAt, s.failingSince));
    }

    @Override
    public synchronized void failingSince(String id, Optional<Instant> since) {
        Stored s = subscriptions.get(id);
        if (s != null) {
            subscriptions.put(id, new Stored(s.subscription, s.key, s.previous, s.rotatedAt,
                    since.isEmpty() ? since : s.failingSince.or(() -> since)));
        }
    }

    @Override
    public synchronized void disable(String id, String reason) {
        Stored s = subscriptions.get(id);
        if (s != null) {
            Subscription t = s.subscription;
            update(new Subscription(t.id(), t.url(), t.eventTypes(), t.description(), false, Optional.of(reason),
                    t.createdAt()));
        }
    }

    @Override
    public synchronized List<WebhookDelivery> deliveries(String id, Optional<String> state, OptionalLong before,
                                                         int limit) {
        return messages.stream().filter(m -> m.subscriptionId.equals(Optional.of(id)))
                .filter(m -> state.map(m.state::equals).orElse(true))
                .filter(m -> before.isEmpty() || m.id < before.getAsLong())
                .sorted(Comparator.comparingLong((Message m) -> m.id).reversed()).limit(limit)
                .map(Message::delivery).toList();
    }

    @Override
    public synchronized boolean retry(String id, long deliveryId, Instant now) {
        for (Message m : messages) {
            if (m.id == deliveryId && m.subscriptionId.equals(Optional.of(id))) {
                m.retry(now);
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized int recover(String id, Instant since, Instant now) {
        int requeued = 0;
        for (Message m : messages) {
            if (m.subscriptionId.equals(Optional.of(id)) && m.state.equals("failed")
                    && !m.event.orElseThrow().occurredAt().isBefore(since)) {
                m.retry(now);
                requeued++;
            }
        }
        return requeued;
    }

    @Override
    public synchronized void append(SinkName sink, String payloadJson, Instant createdAt) {
        long order = lastOrder.merge(sink, 1L, Long::sum);
        messages.add(new Message(messages.size() + 1L, sink, order, createdAt, Optional.empty(), Optional.empty(),
                Optional.of(payloadJson)));
    }

    @Override
    public synchronized List<OutboxMessage> lease(LeaseRequest request) {
        Instant now = request.now();
        List<OutboxMessage> leased = new ArrayList<>();
        List<Message> pending = messages.stream().filter(m -> m.sink == request.sink() && m.state.equals("pending"))
                .filter(m -> m.subscriptionId.map(id -> subscriptions.get(id).subscription.enabled()).orElse(true))
                .sorted(Comparator.comparingLong((Message m) -> m.commitOrder).thenComparingLong(m -> m.id))
                .toList();
        Set<Optional<String>> heldByOthers = new HashSet<>();
        pending.stream().filter(m -> m.leasedUntil != null && m.leasedUntil.isAfter(now)
                && !m.owner.equals(request.owner())).forEach(m -> heldByOthers.add(m.subscriptionId));
        Map<Optional<String>, Integer> ranks = new LinkedHashMap<>();
        for (Message m : pending) {
            boolean due = !m.nextTryAt.isAfter(now);
            if (!request.headOfLine() && !due) {
                continue;
            }
            int rank = ranks.merge(m.subscriptionId, 1, Integer::sum);
            boolean free = m.leasedUntil == null || !m.leasedUntil.isAfter(now);
            if (rank > request.perLane() || !due || !free || heldByOthers.contains(m.subscriptionId)) {
                continue;
            }
            m.leasedUntil = request.leasedUntil();
            m.owner = request.owner();
            leased.add(m.message());
            if (leased.size() == request.limit()) {
                break;
            }
        }
        return leased;
    }

    @Override
    public synchronized boolean record(long messageId, String owner, TryRecord outcome) {
        for (Message m : messages) {
            if (m.id == messageId && owner.equals(m.owner) && m.state.equals("pending")) {
                m.state = outcome.state();
                m.tries++;
                m.nextTryAt = outcome.nextTryAt().orElse(m.nextTryAt);
                m.leasedUntil = null;
                m.owner = null;
                m.lastTryAt = outcome.at();
                m.lastStatus = outcome.status();
                m.lastError = outcome.error();
                m.excerpt = Optional.of(outcome.responseExcerpt()).filter(e -> !e.isEmpty());
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void release(long messageId, String owner) {
        messages.stream().filter(m -> m.id == messageId && owner.equals(m.owner)).forEach(m -> {
            m.leasedUntil = null;
            m.owner = null;
        });
    }

    @Override
    public synchronized Backlog backlog(SinkName sink) {
        List<Message> pending = messages.stream().filter(m -> m.sink == sink && m.state.equals("pending")).toList();
        return new Backlog(pending.size(), pending.stream().map(m -> m.createdAt).min(Comparator.naturalOrder()));
    }

    private record Stored(Subscription subscription, SigningKey key, Optional<SigningKey> previous,
                          Optional<Instant> rotatedAt, Optional<Instant> failingSince) {
    }

    private static final class Message {
        final long id;
        final SinkName sink;
        final long commitOrder;
        final Instant createdAt;
        final Optional<String> subscriptionId;
        final Optional<FeedEvent> event;
        final Optional<String> payload;
        String state = "pending";
        int tries;
        Instant nextTryAt;
        Instant leasedUntil;
        String owner;
        Instant lastTryAt;
        OptionalInt lastStatus = OptionalInt.empty();
        Optional<String> lastError = Optional.empty();
        Optional<String> excerpt = Optional.empty();

        Message(long id, SinkName sink, long commitOrder, Instant createdAt, Optional<String> subscriptionId,
                Optional<FeedEvent> event, Optional<String> payload) {
            this.id = id;
            this.sink = Objects.requireNonNull(sink);
            this.commitOrder = commitOrder;
            this.createdAt = createdAt;
            this.nextTryAt = createdAt;
            this.subscriptionId = subscriptionId;
            this.event = event;
            this.payload = payload;
        }

        void retry(Instant now) {
            if (!state.equals("pending")) {
                tries = 0;
            }
            state = "pending";
            nextTryAt = now;
        }

        OutboxMessage message() {
            return new OutboxMessage(id, sink, commitOrder, createdAt, tries, subscriptionId, event, payload);
        }

        WebhookDelivery delivery() {
            FeedEvent e = event.orElseThrow();
            return new WebhookDelivery(id, e.id(), e.type(), Optional.of(e.seq()), state, tries,
                    Optional.of(nextTryAt).filter(t -> state.equals("pending")), Optional.ofNullable(lastTryAt),
                    lastStatus, lastError, excerpt);
        }
    }
}
