package dev.proctorreviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.user.User;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on against a real OpenID Connect provider (mock-oauth2-server): discovery, authorization code with
 * PKCE, the token exchange and the ID token's signature against the provider's published keys.
 */
class OidcSignInIT {
    private static final String CLIENT_ID = "proctor-reviews";
    private static MockOAuth2Server provider;
    private static PagesWorld world;

    private final CourseId course = new CourseId("foo/bar/" + System.nanoTime());
    private final Exam exam = world.exam(course, "Midterm");

    @BeforeAll
    static void start() throws UnknownHostException {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
        world = new PagesWorld(Optional.of(new OidcSettings(provider.issuerUrl("default").toString(), CLIENT_ID,
                "client-secret")));
    }

    @AfterAll
    static void stop() {
        world.close();
        provider.shutdown();
    }

    /** The claims of the next token the provider issues (it takes queued claims at the token exchange). */
    private void providerVouchesFor(String email, boolean verified) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "subject-" + email, "JWT",
                List.of(CLIENT_ID), Map.of("email", email, "email_verified", verified), 3600));
    }

    /** Follows the flow up to the provider's redirect back to the callback; returns that callback URL. */
    private String throughTheProvider(HttpVisitor visitor, HttpVisitor browserAtProvider, String returnTo,
                                      String[] oidcCookie) {
        HttpResponse<String> signInPage = visitor.get(Links.signIn(returnTo));
        assertThat(signInPage.body()).contains("Sign in with " + provider.issuerUrl("default"));
        HttpResponse<String> start = visitor.get("/oidc/start?return_to=" + UrlCodec.encodeQueryValue(returnTo));
        assertThat(start.statusCode()).isEqualTo(303);
        String cookie = start.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(CookieJar.OIDC + "=").contains("HttpOnly", "SameSite=Lax", "Path=/oidc");
        oidcCookie[0] = cookie.substring(0, cookie.indexOf(';'));
        String authorize = start.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).contains("code_challenge_method=S256", "code_challenge=", "nonce=", "state=");
        HttpResponse<String> back = browserAtProvider.get(authorize);
        assertThat(back.statusCode()).isEqualTo(302);
        return back.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> callback(HttpVisitor visitor, String callbackUrl, String oidcCookie) {
        return visitor.getWithCookie(callbackUrl, oidcCookie);
    }

    @Test
    void theWholeRedirectFlowSignsInTheUserWithThatVerifiedEmail() {
        User staff = world.user("ada", false, Set.of(course));
        providerVouchesFor(staff.email().toUpperCase(java.util.Locale.ROOT), true);
        HttpVisitor visitor = new HttpVisitor(world.baseUrl);
        String[] cookie = new String[1];
        String callbackUrl = throughTheProvider(visitor, new HttpVisitor(world.baseUrl), Links.exam(exam), cookie);
        assertThat(callbackUrl).startsWith(world.baseUrl + "/oidc/callback?");

        HttpResponse<String> signedIn = callback(visitor, callbackUrl, cookie[0]);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains(Links.exam(exam));
        HttpResponse<String> page = visitor.get(Links.exam(exam));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Midterm", ">ada<");
    }

    @Test
    void anEmailNoUserHasGetsTheForbiddenPage() {
        providerVouchesFor("stranger-" + System.nanoTime() + "@example.com", true);
        HttpVisitor visitor = new HttpVisitor(world.baseUrl);
        String[] cookie = new String[1];
        String callbackUrl = throughTheProvider(visitor, new HttpVisitor(world.baseUrl), Links.exam(exam), cookie);

        HttpResponse<String> answer = callback(visitor, callbackUrl, cookie[0]);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("No staff account");
        assertThat(visitor.get(Links.exam(exam)).statusCode()).as("still not signed in").isEqualTo(303);
    }

    @Test
    void anUnverifiedEmailSignsNobodyIn() {
        User staff = world.user("bea", false, Set.of(course));
        providerVouchesFor(staff.email(), false);
        HttpVisitor visitor = new HttpVisitor(world.baseUrl);
        String[] cookie = new String[1];
        String callbackUrl = throughTheProvider(visitor, new HttpVisitor(world.baseUrl), Links.exam(exam), cookie);

        assertThat(callback(visitor, callbackUrl, cookie[0]).statusCode()).isEqualTo(403);
    }

    @Test
    void aTamperedStateIsRefused() {
        // Nothing is enqueued: a refused callback never reaches the provider's token endpoint.
        HttpVisitor visitor = new HttpVisitor(world.baseUrl);
        String[] cookie = new String[1];
        String callbackUrl = throughTheProvider(visitor, new HttpVisitor(world.baseUrl), Links.exam(exam), cookie);
        URI url = URI.create(callbackUrl);
        String tampered = callbackUrl.replaceFirst("state=[^&]+", "state=forged" + System.nanoTime());
        assertThat(tampered).isNotEqualTo(url.toString());

        HttpResponse<String> refused = callback(visitor, tampered, cookie[0]);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Sign-in refused");
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(CookieJar.SESSION));
        assertThat(callback(visitor, callbackUrl, "").statusCode()).as("no pending sign-in at all").isEqualTo(400);
        assertThat(visitor.get(Links.exam(exam)).statusCode()).isEqualTo(303);
    }
}
