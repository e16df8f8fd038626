package dev.proctorreviews.application.service.outbound;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher works: {@code workers} threads send, at most {@code queued} leased messages wait for one
 * (the bounded queue: nothing more is leased while it is full), at most {@code perLane} messages of one
 * subscription are out at once (started in {@code seq} order), the outbox is asked for work every
 * {@code pollInterval} while there is none, a lease lasts {@code lease} (well beyond one try's time limit, so
 * that a lease never ends while its try runs) and a stop waits {@code stopGrace} for tries in flight.
 */
public record DispatcherSettings(int workers, int queued, int perLane, Duration pollInterval, Duration lease,
                                 Duration stopGrace) {
    public static final DispatcherSettings DEFAULT = new DispatcherSettings(8, 16, 4, Duration.ofMillis(100),
            Duration.ofSeconds(30), Duration.ofSeconds(5));

    public DispatcherSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(stopGrace, "stopGrace");
        if (workers < 1 || queued < 0 || perLane < 1) {
            throw new IllegalArgumentException("a dispatcher needs at least one worker and a queue of zero or more");
        }
    }

    int capacity() {
        return workers + queued;
    }
}
