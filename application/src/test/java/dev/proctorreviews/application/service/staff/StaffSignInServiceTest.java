package dev.proctorreviews.application.service.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.fakes.InMemorySignInLinks;
import dev.proctorreviews.application.fakes.InMemoryStaffSessions;
import dev.proctorreviews.application.fakes.InMemoryStores;
import dev.proctorreviews.application.fakes.SteppingClock;
import dev.proctorreviews.application.port.in.staff.LocalPath;
import dev.proctorreviews.application.port.in.staff.SignInLinkResult;
import dev.proctorreviews.application.port.in.staff.SignedIn;
import dev.proctorreviews.application.port.in.staff.StaffSession;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffSignInServiceTest {
    private final Stores stores = InMemoryStores.create();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final StaffSignInService service = new StaffSignInService(stores.transactions(), stores.users(),
            new InMemoryStaffSessions(), new InMemorySignInLinks(), clock, "https://reviews.example.com/");
    private final User staff = new User(new UserId(7), "ada", "Ada@Example.com", false,
            Set.of(new CourseId("foo/bar/baz")));

    StaffSignInServiceTest() {
        stores.users().save(staff);
    }

    private String mintedToken(String returnTo) {
        SignInLinkResult.Minted minted = (SignInLinkResult.Minted) service.mint(staff.id(), returnTo);
        assertThat(minted.url()).startsWith("https://reviews.example.com/sign-in/");
        assertThat(minted.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        return minted.url().substring(minted.url().lastIndexOf('/') + 1);
    }

    @Test
    void aLinkSignsInOnceAndLeadsBack() {
        String token = mintedToken("/instructor/foo/bar/baz/1?attempt=abc");

        SignedIn signedIn = service.redeemLink(token).orElseThrow();
        assertThat(signedIn.user()).isEqualTo(staff);
        assertThat(signedIn.returnTo().value()).isEqualTo("/instructor/foo/bar/baz/1?attempt=abc");
        assertThat(service.redeemLink(token)).as("a second use").isEmpty();

        StaffSession session = service.resume(signedIn.sessionToken()).orElseThrow();
        assertThat(session.user()).isEqualTo(staff);
        assertThat(session.csrfToken()).hasSize(64).isNotEqualTo(signedIn.sessionToken());
        assertThat(service.resume(signedIn.sessionToken()).orElseThrow().csrfToken())
                .as("one form token per session").isEqualTo(session.csrfToken());
    }

    @Test
    void aLinkExpiresAfterTenMinutes() {
        String token = mintedToken("/");
        clock.advance(Duration.ofMinutes(10));

        assertThat(service.redeemLink(token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example.com/x", "/\\evil.example.com", "https://evil.example.com/",
            "javascript:alert(1)", "instructor/x", "", "/a\nb", "/a\u0000", "/a b", "/a\\b", "/caf\u00e9"})
    void returnToMustBeALocalPath(String returnTo) {
        assertThat(service.mint(staff.id(), returnTo)).isInstanceOf(SignInLinkResult.InvalidReturnTo.class);
        assertThat(LocalPath.parse(returnTo)).isEmpty();
    }

    @Test
    void anUnknownUserGetsNoLink() {
        assertThat(service.mint(new UserId(99), "/")).isInstanceOf(SignInLinkResult.UserNotFound.class);
    }

    @Test
    void aSessionEndsAfterEightIdleHoursOrAtLogout() {
        SignedIn signedIn = service.signInByEmail("ada@example.com", new LocalPath("/")).orElseThrow();
        clock.advance(Duration.ofHours(7));
        assertThat(service.resume(signedIn.sessionToken())).as("used within 8 h").isPresent();
        clock.advance(Duration.ofHours(7));
        assertThat(service.resume(signedIn.sessionToken())).as("7 h after its last use").isPresent();
        clock.advance(Duration.ofHours(8));
        assertThat(service.resume(signedIn.sessionToken())).as("8 h idle").isEmpty();

        SignedIn again = service.signInByEmail("ADA@example.com", new LocalPath("/")).orElseThrow();
        service.end(again.sessionToken());
        assertThat(service.resume(again.sessionToken())).isEmpty();
    }

    @Test
    void unknownEmailsAndMalformedTokensSignNobodyIn() {
        assertThat(service.signInByEmail("nobody@example.com", new LocalPath("/"))).isEmpty();
        assertThat(service.resume("not-a-token")).isEmpty();
        assertThat(service.resume(null)).isEmpty();
        assertThat(service.redeemLink("x".repeat(43))).isEmpty();
    }
}
