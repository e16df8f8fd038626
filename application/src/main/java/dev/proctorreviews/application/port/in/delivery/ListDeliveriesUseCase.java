package dev.proctorreviews.application.port.in.delivery;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery;

/** List kept deliveries in a state, oldest first, one page at a time. */
public interface ListDeliveriesUseCase {
    Page<ParkedDelivery> list(DeliveryState state, PageRequest page);
}
