package dev.proctorreviews.application.port.out.outbox;

import dev.proctorreviews.application.port.FeedEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A leased message: what a sink needs to send it. A webhook delivery names its subscription and carries its feed
 * event; a message of another sink carries the payload captured in its transaction. {@code commitOrder} orders
 * the messages of a sink as their transactions committed (a webhook delivery's is its event's {@code seq});
 * {@code committedAt} is when the message was numbered, just after its commit. {@code tries} counts the tries
 * made before this one.
 */
public record OutboxMessage(long id, SinkName sink, long commitOrder, Instant committedAt, int tries,
                            Optional<String> subscriptionId, Optional<FeedEvent> event, Optional<String> payloadJson) {
    public OutboxMessage {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(committedAt, "committedAt");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }
}
