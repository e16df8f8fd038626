package dev.proctorreviews.application.port.in.attempt;

import dev.proctorreviews.domain.attempt.AttemptId;

/**
 * Archive an attempt: it stays findable for late reviews but never changes again, and its review is marked
 * inactive (bookkeeping only: no workflow, no history, no event). Idempotent; false when no such attempt.
 */
public interface ArchiveAttemptUseCase {
    boolean archive(AttemptId id);
}
