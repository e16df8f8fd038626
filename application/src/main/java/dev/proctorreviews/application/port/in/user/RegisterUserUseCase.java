package dev.proctorreviews.application.port.in.user;

import dev.proctorreviews.domain.user.User;

/** Create or replace a user as the LMS describes it. */
public interface RegisterUserUseCase {
    User register(User user);
}
