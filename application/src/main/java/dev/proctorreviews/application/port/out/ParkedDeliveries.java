package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The dead-letter store: deliveries kept until they can be applied. */
public interface ParkedDeliveries {
    /** Keeps a delivery; the same body on the same route of the same vendor only counts one more delivery. */
    void park(ParkedDelivery delivery);

    /** Oldest first, at most {@code limit}. */
    List<ParkedDelivery> inState(DeliveryState state, int limit);

    Optional<ParkedDelivery> byId(long id);

    void markReplayed(long id, Instant at);

    long countParked();
}
