package dev.proctorreviews.application.port.out.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What to lease: up to {@code limit} due messages of one sink for {@code owner} (one running dispatcher), each
 * held until {@code now + leaseFor} so that no other dispatcher sends it meanwhile. A webhook subscription is a
 * lane: of its due messages only the {@code perLane} oldest may be out at once (those already leased count), in
 * commit order, and none while another owner holds a live lease in it, so its deliveries start in {@code seq}
 * order; a failed one waits for its retry without holding back the next. With {@code headOfLine} the whole sink
 * is one lane, {@code perLane} is 1 and only its oldest pending message may go: nothing passes a message that
 * waits for its retry (a sink whose consumers need commit order).
 */
public record LeaseRequest(SinkName sink, boolean headOfLine, int perLane, int limit, String owner, Instant now,
                           Duration leaseFor) {
    public LeaseRequest {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(leaseFor, "leaseFor");
        if (perLane < 1 || headOfLine && perLane != 1) {
            throw new IllegalArgumentException("a lane has 1 message out (head of line) or more, not " + perLane);
        }
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
