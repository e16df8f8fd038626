package dev.proctorreviews.application.port.in.subscription;

import java.util.List;
import java.util.Optional;

/**
 * A partial change of a subscription; an absent field keeps its value. {@code eventTypes} and
 * {@code description} are present with an empty value when the client sent {@code null} (every type; no
 * description). {@code enabled} true resumes a subscription the service disabled.
 */
public record SubscriptionChange(Optional<String> url, Optional<Optional<List<String>>> eventTypes,
                                 Optional<Optional<String>> description, Optional<Boolean> enabled) {
}
