package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.ExternalId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The dead-letter store: deliveries kept until they can be applied. */
public interface ParkedDeliveries {
    /** Keeps a delivery; the same body on the same route of the same vendor only counts one more delivery. */
    void park(ParkedDelivery delivery);

    /** Oldest first: the deliveries after {@code page.after()} (an id), at most {@code page.limit()}. */
    Page<ParkedDelivery> inState(DeliveryState state, PageRequest page);

    Optional<ParkedDelivery> byId(long id);

    void markReplayed(long id, Instant at);

    long countParked();

    /**
     * Deletes, in any state, the deliveries addressed to these attempts: those whose body names one of the
     * attempt codes (SoftwareSecure) and those whose PSI route names one of the external ids, ignoring case.
     * They are deleted rather than blanked because their one use is a replay, which a blanked body cannot serve.
     * Answers how many were deleted.
     */
    int forget(Set<AttemptCode> codes, Set<ExternalId> psiExternalIds);
}
