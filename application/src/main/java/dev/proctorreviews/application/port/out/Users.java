package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.util.Optional;

/** The users the LMS registered. Lookups by e-mail are case-insensitive; ties go to the lowest id. */
public interface Users {
    /** Creates or replaces the user with this id. */
    void save(User user);

    Optional<User> byId(UserId id);

    Optional<User> byEmail(String email);

    Optional<User> byUsername(String username);
}
