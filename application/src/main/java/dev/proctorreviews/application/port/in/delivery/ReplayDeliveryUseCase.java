package dev.proctorreviews.application.port.in.delivery;

/** Run a parked delivery through the workflow again, as if it arrived now; it leaves the store once applied. */
public interface ReplayDeliveryUseCase {
    ReplayResult replay(long deliveryId);
}
