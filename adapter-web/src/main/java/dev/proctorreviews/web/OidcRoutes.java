package dev.proctorreviews.web;

import dev.proctorreviews.application.port.in.staff.LocalPath;
import dev.proctorreviews.application.port.in.staff.SignInUseCase;
import dev.proctorreviews.application.port.in.staff.SignedIn;
import dev.proctorreviews.web.view.Frame;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single sign-on: {@code /oidc/start} sends the browser to the provider, {@code /oidc/callback} takes it back.
 * What the callback must find again (state, nonce, PKCE verifier, where to go) rides in a short-lived cookie
 * scoped to {@code /oidc}, so that any instance can finish a sign-in another one started.
 */
final class OidcRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(OidcRoutes.class);
    private static final String PATH = "/oidc";
    private static final Duration PENDING = Duration.ofMinutes(10);

    private final OidcClient client;
    private final SignInUseCase signIn;
    private final SignInRoutes sessions;
    private final CookieJar cookies;
    private final Pages pages;

    OidcRoutes(OidcClient client, SignInUseCase signIn, SignInRoutes sessions, CookieJar cookies, Pages pages) {
        this.client = client;
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookies = cookies;
        this.pages = pages;
    }

    void start(Context ctx) {
        LocalPath back = SignInRoutes.returnTo(ctx);
        try {
            OidcClient.Attempt attempt = client.start();
            cookies.write(ctx, CookieJar.OIDC, String.join(".", attempt.state(), attempt.nonce(), attempt.verifier(),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(back.value().getBytes(StandardCharsets.UTF_8))),
                    PATH, Optional.of(PENDING));
            ctx.redirect(attempt.redirect().toString(), HttpStatus.SEE_OTHER);
        } catch (OidcClient.OidcException e) {
            LOG.warn("OpenID Connect sign-in could not start: {}", e.getMessage());
            pages.message(ctx, 503, Frame.anonymous("Sign-in unavailable"), "Sign-in is unavailable",
                    "The identity provider could not be reached. Try again in a moment.");
        }
    }

    void callback(Context ctx) {
        Optional<Pending> pending = cookies.read(ctx, CookieJar.OIDC).flatMap(Pending::parse);
        cookies.clear(ctx, CookieJar.OIDC, PATH);
        String state = ctx.queryParam("state");
        if (pending.isEmpty() || state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                pending.get().state().getBytes(StandardCharsets.UTF_8))) {
            refused(ctx, 400, "This answer from the identity provider does not belong to a sign-in started here.");
            return;
        }
        String code = ctx.queryParam("code");
        if (code == null || code.isBlank()) {
            refused(ctx, 403, "The identity provider did not sign you in.");
            return;
        }
        try {
            Optional<String> email = client.verifiedEmail(code, pending.get().verifier(), pending.get().nonce());
            if (email.isEmpty()) {
                refused(ctx, 403, "The identity provider did not vouch for an e-mail address.");
                return;
            }
            Optional<SignedIn> signedIn = signIn.signInByEmail(email.get(), pending.get().returnTo());
            if (signedIn.isEmpty()) {
                pages.message(ctx, 403, Frame.anonymous("Not allowed"), "Not allowed",
                        "No staff account has the e-mail address " + email.get() + ".");
                return;
            }
            sessions.start(ctx, signedIn.get());
        } catch (OidcClient.OidcException e) {
            LOG.warn("OpenID Connect sign-in refused: {}", e.getMessage());
            refused(ctx, 403, "The identity provider's answer could not be verified.");
        }
    }

    private void refused(Context ctx, int status, String why) {
        pages.message(ctx, status, Frame.anonymous("Sign-in refused"), "Sign-in refused", why, "/sign-in",
                "Start again");
    }

    /** The cookie's content: state, nonce and verifier as the provider's flow made them, and where to go. */
    private record Pending(String state, String nonce, String verifier, LocalPath returnTo) {
        static Optional<Pending> parse(String cookie) {
            String[] parts = cookie.split("\\.", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            try {
                String back = new String(Base64.getUrlDecoder().decode(parts[3]), StandardCharsets.UTF_8);
                return LocalPath.parse(back).map(path -> new Pending(parts[0], parts[1], parts[2], path));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
