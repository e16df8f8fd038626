package dev.proctorreviews.application.port.out;

import java.util.Optional;

/**
 * Turns one vendor's payload into a normalised review. Each vendor format is one adapter of this port; an
 * implementation never throws on any input.
 */
public interface ReviewPayloadReader {
    /**
     * @param body                the raw request body
     * @param externalIdFromRoute the attempt's external id when the vendor puts it in the URL (PSI)
     */
    PayloadReading read(byte[] body, Optional<String> externalIdFromRoute);
}
