package dev.proctorreviews.application.port.in.subscription;

import dev.proctorreviews.application.port.FieldError;
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

    record NotFound(String detail) implements SubscriptionResult {
    }

    /** A field breaks a rule (URL syntax, unknown event type). */
    record Invalid(List<FieldError> errors) implements SubscriptionResult {
    }

    /** The URL's host is or resolves to an address that is not public. */
    record UrlNotAllowed(String detail) implements SubscriptionResult {
    }
}
