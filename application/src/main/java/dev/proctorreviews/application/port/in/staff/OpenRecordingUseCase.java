package dev.proctorreviews.application.port.in.staff;

import dev.proctorreviews.domain.attempt.AttemptCode;
import java.util.Optional;

/**
 * The vendor's recording link of an attempt's current review, decrypted for the staff member looking at it; empty
 * when none is kept or no key is configured. Callers show it and forget it: it must never reach a log.
 */
public interface OpenRecordingUseCase {
    Optional<String> recording(AttemptCode code);
}
