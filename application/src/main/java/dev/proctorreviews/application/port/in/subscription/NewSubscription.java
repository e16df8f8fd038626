package dev.proctorreviews.application.port.in.subscription;

import java.util.List;
import java.util.Optional;

/** A subscription to create: its URL, the event types it wants (empty = every type) and a description. */
public record NewSubscription(String url, Optional<List<String>> eventTypes, Optional<String> description) {
}
