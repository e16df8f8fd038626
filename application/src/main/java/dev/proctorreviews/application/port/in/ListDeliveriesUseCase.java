package dev.proctorreviews.application.port.in;

import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery;
import java.util.List;

/** List kept deliveries in a state, oldest first (at most 1000). */
public interface ListDeliveriesUseCase {
    List<ParkedDelivery> list(DeliveryState state);
}
