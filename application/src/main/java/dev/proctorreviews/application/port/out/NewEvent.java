package dev.proctorreviews.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** An event about to be written to the outbox, its data already encoded as a JSON object. */
public record NewEvent(UUID id, String type, Instant occurredAt, String dataJson) {
}
