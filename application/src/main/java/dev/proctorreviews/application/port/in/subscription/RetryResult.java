package dev.proctorreviews.application.port.in.subscription;

import dev.proctorreviews.application.port.Refusal;
import dev.proctorreviews.application.port.WebhookDelivery;

/** How asking to send a delivery again ended. */
public sealed interface RetryResult {
    record Requeued(WebhookDelivery delivery) implements RetryResult {
    }

    record SubscriptionNotFound(String detail) implements RetryResult, Refusal {
    }

    record DeliveryNotFound(String detail) implements RetryResult, Refusal {
    }
}
