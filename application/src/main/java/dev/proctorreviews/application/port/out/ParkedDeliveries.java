package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery;
import java.time.Instant;
import java.util.Optional;

/** The dead-letter store: deliveries kept until they can be applied. */
public interface ParkedDeliveries {
    /** Keeps a delivery; the same body on the same route of the same vendor only counts one more delivery. */
    void park(ParkedDelivery delivery);

    /** Oldest first: the deliveries after {@code page.after()} (an id), at most {@code page.limit()}. */
    Page<ParkedDelivery> inState(DeliveryState state, PageRequest page);

    Optional<ParkedDelivery> byId(long id);

    void markReplayed(long id, Instant at);

    long countParked();
}
