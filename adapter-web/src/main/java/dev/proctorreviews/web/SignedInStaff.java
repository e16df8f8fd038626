package dev.proctorreviews.web;

import dev.proctorreviews.application.port.in.staff.StaffSession;
import dev.proctorreviews.application.port.in.staff.StaffSessionUseCase;
import dev.proctorreviews.web.view.Frame;
import io.javalin.http.Context;
import java.util.Optional;

/** Who is signed in on a request: the session named by the cookie, when it is still alive. */
final class SignedInStaff {
    private final StaffSessionUseCase sessions;
    private final CookieJar cookies;

    SignedInStaff(StaffSessionUseCase sessions, CookieJar cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    Optional<StaffSession> of(Context ctx) {
        return cookies.read(ctx, CookieJar.SESSION).flatMap(sessions::resume);
    }

    static Frame frame(String title, StaffSession session) {
        return new Frame(title, Optional.of(session.user().username()), session.csrfToken());
    }
}
