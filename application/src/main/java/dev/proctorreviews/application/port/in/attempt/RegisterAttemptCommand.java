package dev.proctorreviews.application.port.in.attempt;

import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.user.UserId;
import java.util.Optional;

/** A learner starts an attempt; the external id is generated when the client gives none. */
public record RegisterAttemptCommand(ExamId examId, UserId userId, boolean takingAsProctored,
                                     Optional<ExternalId> externalId) {
}
