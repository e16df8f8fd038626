package dev.proctorreviews.application.port.in.attempt;

/** Register a learner's attempt at an exam, with a fresh secret attempt code. */
public interface RegisterAttemptUseCase {
    AttemptResult register(RegisterAttemptCommand command);
}
