package dev.proctorreviews.application.port.in.subscription;

import dev.proctorreviews.application.port.FieldError;
import dev.proctorreviews.application.port.Refusal;
import dev.proctorreviews.application.port.Subscription;
import java.util.List;
import java.util.Optional;

/** How creating, changing or re-keying a subscription ended. */
public sealed interface SubscriptionResult {
    /** Saved; {@code secret} ({@code whsec_…}) only when a key was just made (creation, rotation). */
    record Saved(Subscription subscription, Optional<String> secret) implements SubscriptionResult {
        @Override
        public String toString() {
            return "Saved[subscription=" + subscription + ", secret=" + (secret.isPresent() ? "(new)" : "none") + "]";
        }
    }

    /** The one wording of an unknown subscription, for every answer that names one. */
    static String missing(String id) {
        return "Could not locate subscription with id=" + id;
    }

    record NotFound(String detail) implements SubscriptionResult, Refusal {
    }

    /** A field breaks a rule (URL syntax, unknown event type). */
    record Invalid(List<FieldError> errors) implements SubscriptionResult {
    }

    /** The URL's host is or resolves to an address that is not public. */
    record UrlNotAllowed(String detail) implements SubscriptionResult {
    }
}
