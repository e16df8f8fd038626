package dev.proctorreviews.application.port.in.delivery;

/** The dead-letter store's use cases: list, count and replay parked deliveries. */
public interface DeliveryUseCases extends ListDeliveriesUseCase, CountParkedDeliveriesUseCase, ReplayDeliveryUseCase {
}
