package dev.proctorreviews.application.port.in.user;

import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.util.Optional;

/** Read a registered user. */
public interface GetUserUseCase {
    Optional<User> get(UserId id);
}
