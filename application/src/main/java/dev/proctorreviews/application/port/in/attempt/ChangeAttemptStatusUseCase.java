package dev.proctorreviews.application.port.in.attempt;

import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptStatus;

/** Move an attempt to a new status, as the LMS reports the sitting's progress. */
public interface ChangeAttemptStatusUseCase {
    AttemptResult change(AttemptId id, AttemptStatus status);
}
