package dev.proctorreviews.application.port.in;

/** How many deliveries wait for replay, for monitoring. */
public interface CountParkedDeliveriesUseCase {
    long countParked();
}
