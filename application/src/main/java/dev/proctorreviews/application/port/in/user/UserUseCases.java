package dev.proctorreviews.application.port.in.user;

/** The user use cases, as one service offers them: what the users routes are given. */
public interface UserUseCases extends RegisterUserUseCase, GetUserUseCase, RetireUserUseCase {
}
