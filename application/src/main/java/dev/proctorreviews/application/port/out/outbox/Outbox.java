package dev.proctorreviews.application.port.out.outbox;

import java.time.Instant;
import java.util.List;

/**
 * The outbox's driven port. Webhook deliveries are written by the event feed's {@code append}, in the same
 * transaction as their event, one per enabled subscription that wants the event's type; other sinks append
 * their messages here, also inside the transaction of their change. A message is leased only once it is
 * numbered in commit order, that is after its transaction committed.
 */
public interface Outbox {
    /** Queues a message of a payload-carrying sink (not {@link SinkName#WEBHOOK}) in the current transaction. */
    void append(SinkName sink, String payloadJson, Instant createdAt);

    /**
     * Numbers the messages committed since the last call, then leases due ones as {@link LeaseRequest} says, in
     * commit order. Leasing dispatchers of one sink take turns; the caller's transaction should hold nothing else,
     * so that the turn is short.
     */
    List<OutboxMessage> lease(LeaseRequest request);

    /**
     * Records one try of a message leased by {@code owner} and ends the lease; a message no longer leased by
     * {@code owner} (its lease expired and another took it, or it was deleted) is left alone.
     *
     * @return whether the message was recorded
     */
    boolean record(long messageId, String owner, TryRecord outcome);

    /** Gives a leased message back untried (a head-of-line sink stopped before it; the dispatcher stops). */
    void release(long messageId, String owner);

    Backlog backlog(SinkName sink);
}
