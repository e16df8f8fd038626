package dev.proctorreviews.application.port.in.delivery;

/** How many deliveries wait for replay, for monitoring. */
public interface CountParkedDeliveriesUseCase {
    long countParked();
}
