package dev.proctorreviews.application.port.in.attempt;

/** The attempt use cases outside reviews, as one service offers them: what the attempts routes are given. */
public interface AttemptUseCases
        extends RegisterAttemptUseCase, FindAttemptUseCase, ChangeAttemptStatusUseCase, ArchiveAttemptUseCase {
}
