package dev.proctorreviews.application.service.outbound;

import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.outbox.LeaseRequest;
import dev.proctorreviews.application.port.out.outbox.Outbox;
import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.TryRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's messages, at least once each, on threads of its own.
 *
 * <p>One poller thread leases due messages (never more than there is room for: {@code workers} busy plus
 * {@code queued} waiting) and hands each to the worker pool; a worker asks the message's sink to send it and
 * records the outcome. Request threads never wait for any of this: a change only writes its message in its own
 * transaction. Because a message leaves the outbox only when its outcome is recorded, a crash between sending
 * and recording sends it again after its lease expires (at least once), and because a lease is held by one
 * dispatcher at a time, two instances on one database never send one message at once. A failed try is retried
 * after the sink's delay; when the sink gives up, the message has failed.
 *
 * <p>{@link #close()} stops leasing, gives back the messages still waiting in the queue, lets the tries in flight
 * finish for the stop's grace period and records them.
 */
public final class OutboxDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Transactions tx;
    private final Outbox outbox;
    private final List<OutboxSink> sinks;
    private final DispatcherSettings settings;
    private final DispatchObserver observer;
    private final Clock clock;
    private final String owner = "dispatcher-" + UUID.randomUUID().toString().substring(0, 18);
    private final Semaphore room;
    private final ThreadPoolExecutor workers;
    private final Thread poller;
    private final Object wakeUp = new Object();
    /** A try ended since this round of leasing began (guarded by {@link #wakeUp}), so the next round need not wait. */
    private boolean woken;
    private volatile boolean running;

    public OutboxDispatcher(Transactions tx, Outbox outbox, List<OutboxSink> sinks, DispatcherSettings settings,
                            DispatchObserver observer, Clock clock) {
        this.tx = tx;
        this.outbox = outbox;
        this.sinks = List.copyOf(sinks);
        this.settings = settings;
        this.observer = observer;
        this.clock = clock;
        this.room = new Semaphore(settings.capacity());
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, settings.queued())), task -> daemon(task,
                        "outbox-" + instance + "-worker-" + threads.incrementAndGet()));
        this.poller = daemon(this::poll, "outbox-" + instance + "-poller");
    }

    /** Who holds this dispatcher's leases (in the outbox and in the logs). */
    public String owner() {
        return owner;
    }

    public void start() {
        running = true;
        poller.start();
        LOG.info("Outbox dispatcher {} started: sinks {}, {} workers", owner,
                sinks.stream().map(s -> s.name().wireName()).toList(), settings.workers());
    }

    private void poll() {
        while (running) {
            synchronized (wakeUp) {
                woken = false;
            }
            boolean leased = false;
            try {
                for (OutboxSink sink : sinks) {
                    leased |= leaseFor(sink);
                }
            } catch (RuntimeException e) {
                LOG.warn("Outbox dispatcher {} could not lease messages: {}", owner, e.toString());
            }
            if (!leased) {
                pause();
            }
        }
    }

    private boolean leaseFor(OutboxSink sink) {
        int free = room.availablePermits();
        if (free == 0 || !running) {
            return false;
        }
        LeaseRequest request = new LeaseRequest(sink.name(), sink.headOfLine(),
                sink.headOfLine() ? 1 : settings.perLane(), free, owner, clock.instant(), settings.lease());
        List<OutboxMessage> messages = tx.inTransaction(() -> outbox.lease(request));
        for (OutboxMessage message : messages) {
            room.acquireUninterruptibly();
            workers.execute(new Try(sink, message));
        }
        return !messages.isEmpty();
    }

    /**
     * Waits for the poll interval, or until a try ends; returns at once when one ended during this round already
     * (without that, a try that ends while the round leases would go unnoticed for a whole interval, and a
     * head-of-line sink would send at most one message per interval).
     */
    private void pause() {
        synchronized (wakeUp) {
            if (!running || woken) {
                return;
            }
            try {
                wakeUp.wait(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void wake() {
        synchronized (wakeUp) {
            woken = true;
            wakeUp.notifyAll();
        }
    }

    /** One try of one leased message. */
    private final class Try implements Runnable {
        private final OutboxSink sink;
        private final OutboxMessage message;

        Try(OutboxSink sink, OutboxMessage message) {
            this.sink = sink;
            this.message = message;
        }

        @Override
        public void run() {
            try {
                record(attempt());
            } finally {
                room.release();
                wake();
            }
        }

        private SinkOutcome attempt() {
            try {
                return sink.deliver(message);
            } catch (RuntimeException e) {
                LOG.warn("Outbox {} message {}: the sink failed ({})", sink.name().wireName(), message.id(),
                        e.getClass().getSimpleName(), e);
                return SinkOutcome.Failed.unanswered("internal error in the " + sink.name().wireName() + " sink");
            }
        }

        private void record(SinkOutcome outcome) {
            Instant at = clock.instant();
            TryRecord record = outcome instanceof SinkOutcome.Failed failed
                    ? new TryRecord(at, false, failed.status(), Optional.of(failed.error()), failed.responseExcerpt(),
                            sink.retryDelay(message.tries() + 1).map(at::plus))
                    : new TryRecord(at, true, outcome.status(), Optional.empty(), outcome.responseExcerpt(),
                            Optional.empty());
            try {
                if (!tx.inTransaction(() -> outbox.record(message.id(), owner, record))) {
                    LOG.warn("Outbox {} message {}: no longer leased by {}, try not recorded",
                            sink.name().wireName(), message.id(), owner);
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warn("Outbox {} message {}: outcome not recorded, it is tried again when its lease ends ({})",
                        sink.name().wireName(), message.id(), e.toString());
                return;
            }
            log(record);
            observer.tried(message, record);
        }

        private void log(TryRecord record) {
            String status = statusText(record.status());
            String subscription = message.subscriptionId().orElse("-");
            String event = message.event().map(e -> e.id() + " seq " + e.seq()).orElse("-");
            if (record.delivered()) {
                LOG.info("Outbox {} message {} (subscription {}, event {}): delivered, try {}, status {}",
                        sink.name().wireName(), message.id(), subscription, event, message.tries() + 1, status);
            } else {
                LOG.warn("Outbox {} message {} (subscription {}, event {}): {}, try {}, status {}, {}{}",
                        sink.name().wireName(), message.id(), subscription, event,
                        record.nextTryAt().isPresent() ? "failed_try" : "failed", message.tries() + 1, status,
                        record.error().orElse(""), record.nextTryAt().map(t -> ", next try at " + t).orElse(""));
            }
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        try {
            poller.join(settings.stopGrace().toMillis());
            List<Runnable> waiting = new ArrayList<>();
            workers.getQueue().drainTo(waiting);
            for (Runnable task : waiting) {
                Try untried = (Try) task;
                giveBack(untried.message);
                room.release();
            }
            workers.shutdown();
            if (!workers.awaitTermination(settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Outbox dispatcher {}: tries still in flight after {}; their leases expire", owner,
                        settings.stopGrace());
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        LOG.info("Outbox dispatcher {} stopped", owner);
    }

    private void giveBack(OutboxMessage message) {
        try {
            tx.inTransaction(() -> {
                outbox.release(message.id(), owner);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Outbox message {} not given back ({}); its lease expires", message.id(), e.toString());
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static String statusText(OptionalInt status) {
        return status.isPresent() ? String.valueOf(status.getAsInt()) : "none";
    }
}
