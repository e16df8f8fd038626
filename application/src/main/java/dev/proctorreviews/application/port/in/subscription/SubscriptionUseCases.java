package dev.proctorreviews.application.port.in.subscription;

/** Outbound webhook subscriptions (contract 6.1) and their deliveries (6.2). */
public interface SubscriptionUseCases extends ManageSubscriptionsUseCase, SubscriptionDeliveriesUseCase {
}
