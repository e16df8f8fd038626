package dev.proctorreviews.application.port.out.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What to lease: up to {@code limit} due messages of one sink for {@code owner} (one running dispatcher), each
 * held until {@code now + leaseFor} so that no other dispatcher sends it meanwhile. At most one message per
 * lane is leased and none of a lane that has a live lease: a webhook subscription is a lane, so its deliveries
 * start in {@code seq} order; a failed one waits for its retry without holding back the next. With
 * {@code headOfLine} the whole sink is one lane and only its oldest pending message may go: nothing passes a
 * message that waits for its retry (a sink whose consumers need commit order).
 */
public record LeaseRequest(SinkName sink, boolean headOfLine, int limit, String owner, Instant now,
                           Duration leaseFor) {
    public LeaseRequest {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(leaseFor, "leaseFor");
        if (limit < 1) {
            throw new IllegalArgumentException("a lease takes at least one message, not " + limit);
        }
        if (owner == null || owner.isBlank() || owner.length() > 64) {
            throw new IllegalArgumentException("a lease owner is 1 to 64 characters");
        }
    }

    public Instant leasedUntil() {
        return now.plus(leaseFor);
    }
}
