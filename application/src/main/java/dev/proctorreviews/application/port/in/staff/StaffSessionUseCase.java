package dev.proctorreviews.application.port.in.staff;

import java.util.Optional;

/** Use and end staff sessions; a session ends after eight hours without use. */
public interface StaffSessionUseCase {
    /** The session's user and form token, when the session is still alive; using it keeps it alive. */
    Optional<StaffSession> resume(String sessionToken);

    void end(String sessionToken);
}
