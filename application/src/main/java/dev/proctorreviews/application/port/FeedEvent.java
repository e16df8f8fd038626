package dev.proctorreviews.application.port;

import java.time.Instant;
import java.util.UUID;

/** An event as the feed hands it out, with its position {@code seq} in the feed. */
public record FeedEvent(long seq, UUID id, String type, Instant occurredAt, String dataJson) {
}
