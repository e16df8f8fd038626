package dev.proctorreviews.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * The pages' cookies: always {@code HttpOnly} and {@code SameSite=Lax} (Lax, not Strict, so that the link in a
 * notification e-mail and the identity provider's redirect arrive signed in), {@code Secure} on an https service.
 */
final class CookieJar {
    static final String SESSION = "proctor_session";
    static final String OIDC = "proctor_oidc";

    private final boolean secure;

    CookieJar(boolean secure) {
        this.secure = secure;
    }

    Optional<String> read(Context ctx, String name) {
        return Optional.ofNullable(ctx.cookie(name)).filter(value -> !value.isEmpty());
    }

    /** @param maxAge empty = until the browser closes; the server decides when a session really ends */
    void write(Context ctx, String name, String value, String path, Optional<Duration> maxAge) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=").append(path)
                .append("; HttpOnly; SameSite=Lax");
        maxAge.ifPresent(age -> cookie.append("; Max-Age=").append(age.toSeconds()));
        if (secure) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }

    void clear(Context ctx, String name, String path) {
        write(ctx, name, "", path, Optional.of(Duration.ZERO));
    }
}
