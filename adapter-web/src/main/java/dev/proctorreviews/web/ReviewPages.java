package dev.proctorreviews.web;

import dev.proctorreviews.application.port.out.StorageUnavailableException;
import dev.proctorreviews.web.view.Frame;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review pages for course teams (contract section 7), registered on the Javalin configuration of the server
 * that runs them. Every page answers HTML with the security headers, failures included: a page never falls
 * through to the JSON problem answers of the API.
 */
public final class ReviewPages {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewPages.class);
    private static final String STYLESHEET = "/static/pages.css";

    private final Pages pages;
    private final InstructorRoutes instructor;
    private final SignInRoutes signIn;
    private final Optional<OidcRoutes> oidc;
    private final byte[] stylesheet;

    public ReviewPages(PageSettings settings, PageUseCases useCases) {
        CookieJar cookies = new CookieJar(settings.secureCookies());
        SignedInStaff staff = new SignedInStaff(useCases.sessions(), cookies);
        this.pages = new Pages(settings);
        this.instructor = new InstructorRoutes(useCases, staff, pages);
        this.signIn = new SignInRoutes(useCases.signIn(), useCases.sessions(), staff, settings, cookies, pages);
        this.oidc = settings.oidc().map(o -> new OidcRoutes(
                new OidcClient(o, URI.create(settings.publicBaseUrl() + "/oidc/callback")), useCases.signIn(), signIn,
                cookies, pages));
        this.stylesheet = resource("/proctor-pages/pages.css");
    }

    /**
     * Adds the pages' routes; call it inside {@code Javalin.create(config -> …)}. Every page is wrapped by
     * {@code admitted}, the server's admission control, so that pages count against the same bound of work in
     * flight as the API (a burst of page views cannot starve callbacks) and a shutdown waits for them too. The
     * stylesheet is static and served without it, like health and metrics.
     */
    public void register(JavalinConfig config, UnaryOperator<Handler> admitted) {
        RoutesConfig routes = config.routes;
        routes.get(InstructorPath.PREFIX + "<path>", admitted.apply(page(instructor::show)));
        routes.post(InstructorPath.PREFIX + "<path>", admitted.apply(page(instructor::decide)));
        routes.get("/sign-in", admitted.apply(page(signIn::page)));
        routes.get("/sign-in/{token}", admitted.apply(page(signIn::redeem)));
        routes.post("/logout", admitted.apply(page(signIn::signOut)));
        oidc.ifPresent(o -> {
            routes.get("/oidc/start", admitted.apply(page(o::start)));
            routes.get("/oidc/callback", admitted.apply(page(o::callback)));
        });
        routes.get(STYLESHEET, ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.contentType("text/css; charset=utf-8").result(stylesheet);
        });
    }

    private Handler page(Handler handler) {
        return ctx -> {
            pages.securityHeaders(ctx);
            try {
                handler.handle(ctx);
            } catch (StorageUnavailableException e) {
                ctx.header("Retry-After", "5");
                pages.message(ctx, 503, Frame.anonymous("Unavailable"), "Try again in a moment",
                        "The service cannot reach its database right now.");
            } catch (RuntimeException e) {
                failed(ctx, e);
            }
        };
    }

    private void failed(Context ctx, RuntimeException e) {
        String incident = UUID.randomUUID().toString();
        // The route, not the path: a sign-in path carries a token, which must not reach the log.
        LOG.error("Review page {} {} failed (incident {})", ctx.method(), ctx.endpoint().path, incident, e);
        pages.message(ctx, 500, Frame.anonymous("Something went wrong"), "Something went wrong",
                "The page could not be shown. If it happens again, tell the operators incident " + incident + ".");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReviewPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
