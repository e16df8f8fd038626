package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;

/** An attempt about to be stored; storage assigns its id. */
public record NewAttempt(ExamId examId, UserId userId, AttemptCode code, ExternalId externalId,
                         boolean takingAsProctored, AttemptStatus status, Instant createdAt) {
}
