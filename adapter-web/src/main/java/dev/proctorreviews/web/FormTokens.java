package dev.proctorreviews.web;

import dev.proctorreviews.application.port.in.staff.StaffSession;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The CSRF check of every form: the posted token must equal the session's, compared in constant time. */
final class FormTokens {
    static final String FIELD = "csrf";

    private FormTokens() {
    }

    static boolean valid(Context ctx, StaffSession session) {
        String posted = ctx.formParam(FIELD);
        return posted != null && MessageDigest.isEqual(posted.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }
}
