package dev.proctorreviews.web;

import dev.proctorreviews.application.port.in.staff.LocalPath;
import dev.proctorreviews.application.port.in.staff.SignInUseCase;
import dev.proctorreviews.application.port.in.staff.SignedIn;
import dev.proctorreviews.application.port.in.staff.StaffSession;
import dev.proctorreviews.application.port.in.staff.StaffSessionUseCase;
import dev.proctorreviews.web.view.Frame;
import dev.proctorreviews.web.view.SignInPageView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/** The sign-in page, the platform's one-time sign-in links, and signing out. */
final class SignInRoutes {
    private static final LocalPath HOME = new LocalPath("/sign-in");

    private final SignInUseCase signIn;
    private final StaffSessionUseCase sessions;
    private final SignedInStaff staff;
    private final PageSettings settings;
    private final CookieJar cookies;
    private final Pages pages;

    SignInRoutes(SignInUseCase signIn, StaffSessionUseCase sessions, SignedInStaff staff, PageSettings settings,
                 CookieJar cookies, Pages pages) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.staff = staff;
        this.settings = settings;
        this.cookies = cookies;
        this.pages = pages;
    }

    /** Where a sign-in started from a page leads back to: the {@code return_to} asked for, when it is local. */
    static LocalPath returnTo(Context ctx) {
        return UrlCodec.rawQueryParameter(ctx.queryString(), "return_to").flatMap(UrlCodec::decode)
                .flatMap(LocalPath::parse).orElse(HOME);
    }

    void page(Context ctx) {
        LocalPath back = returnTo(ctx);
        Optional<String> oidc = settings.oidc()
                .map(o -> "/oidc/start?return_to=" + UrlCodec.encodeQueryValue(back.value()));
        pages.render(ctx, 200, "signin.jte", new SignInPageView(Frame.anonymous("Sign in"), oidc,
                settings.oidc().map(OidcSettings::issuer).orElse("")));
    }

    void redeem(Context ctx) {
        Optional<SignedIn> signedIn = signIn.redeemLink(ctx.pathParam("token"));
        if (signedIn.isEmpty()) {
            pages.message(ctx, 403, Frame.anonymous("Link not valid"), "This link cannot sign you in",
                    "Sign-in links work once and for ten minutes. This one was used already, has expired or is"
                            + " incomplete: open the page from your learning platform again to get a new one.");
            return;
        }
        start(ctx, signedIn.get());
    }

    /** Sets the session cookie and goes where the sign-in was meant to lead. */
    void start(Context ctx, SignedIn signedIn) {
        cookies.write(ctx, CookieJar.SESSION, signedIn.sessionToken(), "/", Optional.empty());
        ctx.redirect(signedIn.returnTo().value(), HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        Optional<StaffSession> session = staff.of(ctx);
        if (session.isPresent() && !FormTokens.valid(ctx, session.get())) {
            pages.message(ctx, 403, SignedInStaff.frame("Refused", session.get()), "Sign-out refused",
                    "The form did not come from this service. Use the Sign out button on a review page.");
            return;
        }
        session.ifPresent(s -> cookies.read(ctx, CookieJar.SESSION).ifPresent(sessions::end));
        cookies.clear(ctx, CookieJar.SESSION, "/");
        ctx.redirect(HOME.value(), HttpStatus.SEE_OTHER);
    }
}
