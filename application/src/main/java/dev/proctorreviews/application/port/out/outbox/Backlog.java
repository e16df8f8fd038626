package dev.proctorreviews.application.port.out.outbox;

import java.time.Instant;
import java.util.Optional;

/** The pending messages of a sink: how many, and when the oldest of them was created (for the lag metric). */
public record Backlog(long pending, Optional<Instant> oldestCreatedAt) {
}
