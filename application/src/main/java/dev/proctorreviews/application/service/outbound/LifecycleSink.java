package dev.proctorreviews.application.service.outbound;

import dev.proctorreviews.application.port.out.lifecycle.AttemptLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.AttemptLifecyclePublisher;
import dev.proctorreviews.application.port.out.lifecycle.CapturedLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleCounters;
import dev.proctorreviews.application.port.out.lifecycle.LifecyclePayloads;
import dev.proctorreviews.application.port.out.lifecycle.PublisherUnavailableException;
import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The learning platform's event bus as an outbox sink. Its messages go strictly one after another in commit order
 * (head of line): the platform applies a reset after the verdict it resets, so a verdict must never overtake an
 * earlier one. A bus that cannot be reached fails the try; the same message (same event id) is tried again after a
 * growing pause, for as long as it takes: the platform's credit depends on every event, so none is ever given up,
 * and everything behind it waits.
 *
 * @param payloads reads back what the core captured
 * @param backoff  the pause after the first failed try, doubled after each further one up to {@code maxBackoff}
 */
public record LifecycleSink(LifecyclePayloads payloads, AttemptLifecyclePublisher publisher,
                            LifecycleCounters counters, Duration backoff, Duration maxBackoff) implements OutboxSink {
    /** Redis restarts in seconds; a pause of at most 10 s lets publishing resume soon after it is back. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(10);

    public LifecycleSink {
        if (backoff.isNegative() || backoff.isZero() || maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException("the backoff must be positive and at most its maximum");
        }
    }

    @Override
    public SinkName name() {
        return SinkName.OPENEDX;
    }

    @Override
    public boolean headOfLine() {
        return true;
    }

    @Override
    public SinkOutcome deliver(OutboxMessage message) {
        CapturedLifecycleEvent captured = payloads.read(message.payloadJson().orElseThrow(
                () -> new IllegalStateException("lifecycle message " + message.id() + " has no payload")));
        try {
            publisher.publish(new AttemptLifecycleEvent(captured, message.committedAt()));
        } catch (PublisherUnavailableException e) {
            return SinkOutcome.Failed.unanswered(e.getMessage());
        }
        counters.published(captured.change());
        return new SinkOutcome.Sent(OptionalInt.empty(), "");
    }

    /** Never gives up: {@code backoff × 2^(failedTries − 1)}, at most {@code maxBackoff}. */
    @Override
    public Optional<Duration> retryDelay(int failedTries) {
        int doublings = Math.min(Math.max(failedTries - 1, 0), 30);
        Duration delay = backoff.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay);
    }
}
