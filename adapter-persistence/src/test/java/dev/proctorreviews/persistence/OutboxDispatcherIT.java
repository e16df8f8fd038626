package dev.proctorreviews.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.outbound.SigningKey;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.WebhookDelivery;
import dev.proctorreviews.application.port.out.NewEvent;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import dev.proctorreviews.application.service.outbound.DispatchObserver;
import dev.proctorreviews.application.service.outbound.DispatcherSettings;
import dev.proctorreviews.application.service.outbound.OutboxDispatcher;
import dev.proctorreviews.application.service.outbound.OutboxSink;
import dev.proctorreviews.application.service.outbound.SinkOutcome;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher on real PostgreSQL: two dispatchers (two service instances) share one outbox while events
 * commit concurrently; a message is never in two sends at once, each is delivered, a subscription's first tries
 * start in {@code seq} order, and a head-of-line sink delivers in commit order even when tries fail.
 */
class OutboxDispatcherIT {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());
    private static final DispatcherSettings FAST = new DispatcherSettings(4, 8, 1, Duration.ofMillis(20),
            Duration.ofSeconds(30), Duration.ofSeconds(5));
    private final List<String> subscriptions = new ArrayList<>();

    @AfterEach
    void deleteSubscriptions() {
        subscriptions.forEach(id -> STORES.transactions().inTransaction(() -> STORES.subscriptions().delete(id)));
    }

    @Test
    void twoDispatchersShareTheWorkAndNeverSendOneDeliveryTwiceAtOnce() throws Exception {
        for (int i = 0; i < 4; i++) {
            subscriptions.add(subscription());
        }
        RecordingSink sink = new RecordingSink(SinkName.WEBHOOK, false, 0.1);
        try (OutboxDispatcher one = dispatcher(sink); OutboxDispatcher two = dispatcher(sink)) {
            one.start();
            two.start();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                writers.execute(() -> {
                    for (int e = 0; e < 25; e++) {
                        STORES.transactions().inTransaction(() -> {
                            STORES.events().append(new NewEvent(UUID.randomUUID(), "review_received", Instant.now(),
                                    "{}"));
                            return null;
                        });
                    }
                });
            }
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            await(() -> subscriptions.stream().allMatch(s -> delivered(s) == 100), Duration.ofSeconds(90));

            assertThat(sink.overlaps).as("a message in two sends at once").hasValue(0);
            assertThat(sink.successes).hasSize(400);
            assertThat(Set.copyOf(sink.successes)).as("each delivered once").hasSize(400);
            assertThat(sink.failures.get()).isPositive();
            assertThat(sink.byDispatcher).as("both instances worked").hasSize(2);
            for (String s : subscriptions) {
                List<Long> firstTries = sink.firstTries.stream().filter(m -> m.subscriptionId().orElseThrow().equals(s))
                        .map(OutboxMessage::commitOrder).toList();
                assertThat(firstTries).as("first tries of " + s + " in seq order").hasSize(100).isSorted();
            }
        }
    }

    @Test
    void aHeadOfLineSinkDeliversInCommitOrderThoughTriesFail() throws Exception {
        RecordingSink drain = new RecordingSink(SinkName.OPENEDX, true, 0);
        try (OutboxDispatcher d = dispatcher(drain)) {
            d.start();
            await(() -> STORES.transactions().inTransaction(() -> STORES.outbox().backlog(SinkName.OPENEDX))
                    .pending() == 0, Duration.ofSeconds(30));
        }
        RecordingSink sink = new RecordingSink(SinkName.OPENEDX, true, 0.2);
        try (OutboxDispatcher one = dispatcher(sink); OutboxDispatcher two = dispatcher(sink)) {
            one.start();
            two.start();
            for (int i = 0; i < 60; i++) {
                int n = i;
                STORES.transactions().inTransaction(() -> {
                    STORES.outbox().append(SinkName.OPENEDX, "{\"n\": " + n + "}", Instant.now());
                    return null;
                });
            }
            await(() -> sink.successes.size() >= 60, Duration.ofSeconds(60));

            assertThat(sink.overlaps).hasValue(0);
            assertThat(sink.failures.get()).isPositive();
            assertThat(sink.delivered.stream().map(m -> m.payloadJson().orElseThrow().replace(" ", "")).toList())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 60)
                            .mapToObj(n -> "{\"n\":" + n + "}").toList());
        }
    }

    private static OutboxDispatcher dispatcher(OutboxSink sink) {
        return new OutboxDispatcher(STORES.transactions(), STORES.outbox(), List.of(sink), FAST, DispatchObserver.NONE,
                Clock.systemUTC());
    }

    private static String subscription() {
        String id = "sub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        STORES.transactions().inTransaction(() -> {
            STORES.subscriptions().add(new Subscription(id, "https://example.org/hooks", Optional.empty(),
                    Optional.empty(), true, Optional.empty(), Instant.now()), new SigningKey(new byte[] {1}));
            return null;
        });
        return id;
    }

    private static long delivered(String subscription) {
        return STORES.transactions().inTransaction(() -> STORES.subscriptions().deliveries(subscription,
                Optional.of("delivered"), OptionalLong.empty(), 1000)).stream().map(WebhookDelivery::id).count();
    }

    private static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within " + within).isLessThan(end);
            Thread.sleep(50);
        }
    }

    /** Records every send; fails a share of tries; counts a message that is in two sends at once. */
    private static final class RecordingSink implements OutboxSink {
        final SinkName name;
        final boolean headOfLine;
        final double failShare;
        final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
        final AtomicInteger overlaps = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final List<Long> successes = new CopyOnWriteArrayList<>();
        final List<OutboxMessage> delivered = new CopyOnWriteArrayList<>();
        final List<OutboxMessage> firstTries = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> byDispatcher = new ConcurrentHashMap<>();

        RecordingSink(SinkName name, boolean headOfLine, double failShare) {
            this.name = name;
            this.headOfLine = headOfLine;
            this.failShare = failShare;
        }

        @Override
        public SinkName name() {
            return name;
        }

        @Override
        public boolean headOfLine() {
            return headOfLine;
        }

        @Override
        public Optional<Duration> retryDelay(int failedTries) {
            return Optional.of(Duration.ofMillis(30));
        }

        @Override
        public SinkOutcome deliver(OutboxMessage message) {
            if (!inFlight.add(message.id())) {
                overlaps.incrementAndGet();
            }
            try {
                if (message.tries() == 0) {
                    firstTries.add(message);
                }
                byDispatcher.computeIfAbsent(Thread.currentThread().getName().replaceAll("-worker-.*", ""),
                        k -> new AtomicInteger()).incrementAndGet();
                Thread.sleep(ThreadLocalRandom.current().nextInt(1, 4));
                if (ThreadLocalRandom.current().nextDouble() < failShare) {
                    failures.incrementAndGet();
                    return new SinkOutcome.Failed(OptionalInt.of(503), "HTTP 503", "busy");
                }
                successes.add(message.id());
                delivered.add(message);
                return new SinkOutcome.Sent(OptionalInt.of(200), "");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return SinkOutcome.Failed.unanswered("interrupted");
            } finally {
                inFlight.remove(message.id());
            }
        }
    }
}
