package dev.proctorreviews.application.service.outbound;

import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the messages of one sink go. The dispatcher decides when a message is tried, by whom, and records the
 * outcome; the sink only sends. Implementations are safe for concurrent use and answer every failure of the
 * receiver as a {@link SinkOutcome.Failed} (an exception is recorded as a failed try too, without its text).
 */
public interface OutboxSink {
    SinkName name();

    /**
     * {@code true}: the sink's messages go strictly one after another in commit order, and a message waiting for
     * its retry holds back all later ones (see {@code LeaseRequest.headOfLine}). {@code false}: one lane per
     * subscription, where a failing message does not hold back the next.
     */
    boolean headOfLine();

    SinkOutcome deliver(OutboxMessage message);

    /** The wait before the next try after {@code failedTries} failed ones; empty = give up (the message failed). */
    Optional<Duration> retryDelay(int failedTries);
}
