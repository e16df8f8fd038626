package dev.proctorreviews.application.service.staff;

import dev.proctorreviews.application.Sha256;
import dev.proctorreviews.application.port.in.staff.LocalPath;
import dev.proctorreviews.application.port.in.staff.MintSignInLinkUseCase;
import dev.proctorreviews.application.port.in.staff.SignInLinkResult;
import dev.proctorreviews.application.port.in.staff.SignInUseCase;
import dev.proctorreviews.application.port.in.staff.SignedIn;
import dev.proctorreviews.application.port.in.staff.StaffSession;
import dev.proctorreviews.application.port.in.staff.StaffSessionUseCase;
import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff sign-in for the review pages: one-time links, sessions started for a verified e-mail, and the sessions
 * themselves. Tokens are 256 random bits; storage only sees their SHA-256, so a leaked table opens nothing. The
 * form token of a session is derived from the session token (a different digest), so it needs no storage either
 * and cannot be turned back into the session token.
 */
public final class StaffSignInService implements MintSignInLinkUseCase, SignInUseCase, StaffSessionUseCase {
    public static final Duration LINK_LIFETIME = Duration.ofMinutes(10);
    public static final Duration IDLE_LIMIT = Duration.ofHours(8);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Transactions transactions;
    private final Users users;
    private final StaffSessions sessions;
    private final SignInLinks links;
    private final Clock clock;
    private final String publicBaseUrl;
    private final SecureRandom random = new SecureRandom();

    /** @param publicBaseUrl the base of the links handed out, e.g. {@code https://reviews.example.com} */
    public StaffSignInService(Transactions transactions, Users users, StaffSessions sessions, SignInLinks links,
                              Clock clock, String publicBaseUrl) {
        this.transactions = transactions;
        this.users = users;
        this.sessions = sessions;
        this.links = links;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/")
                ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    @Override
    public SignInLinkResult mint(UserId user, String returnTo) {
        Optional<LocalPath> path = LocalPath.parse(returnTo);
        if (path.isEmpty()) {
            return new SignInLinkResult.InvalidReturnTo("return_to must be a path on this service");
        }
        return transactions.inTransaction(() -> {
            if (users.byId(user).isEmpty()) {
                return new SignInLinkResult.UserNotFound("Could not locate user with id=" + user.value());
            }
            Instant now = clock.instant();
            Instant expiresAt = now.plus(LINK_LIFETIME);
            String token = newToken();
            links.removeExpired(now);
            links.add(digest(token), user, path.get().value(), expiresAt);
            return new SignInLinkResult.Minted(publicBaseUrl + "/sign-in/" + token, expiresAt);
        });
    }

    @Override
    public Optional<SignedIn> redeemLink(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            return links.take(digest(token))
                    .filter(link -> link.expiresAt().isAfter(now))
                    .flatMap(link -> users.byId(link.user())
                            .map(user -> start(user, new LocalPath(link.returnTo()), now)));
        });
    }

    @Override
    public Optional<SignedIn> signInByEmail(String verifiedEmail, LocalPath returnTo) {
        return transactions.inTransaction(() -> users.byEmail(verifiedEmail)
                .map(user -> start(user, returnTo, clock.instant())));
    }

    @Override
    public Optional<StaffSession> resume(String sessionToken) {
        if (!wellFormed(sessionToken)) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            return sessions.touch(digest(sessionToken), now, now.minus(IDLE_LIMIT))
                    .flatMap(users::byId)
                    .map(user -> new StaffSession(user, formToken(sessionToken)));
        });
    }

    @Override
    public void end(String sessionToken) {
        if (wellFormed(sessionToken)) {
            transactions.inTransaction(() -> {
                sessions.remove(digest(sessionToken));
                return null;
            });
        }
    }

    private SignedIn start(User user, LocalPath returnTo, Instant now) {
        String token = newToken();
        sessions.removeIdle(now.minus(IDLE_LIMIT));
        sessions.add(digest(token), user.id(), now);
        return new SignedIn(token, user, returnTo);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    private static String digest(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.US_ASCII));
    }

    private static String formToken(String sessionToken) {
        return Sha256.hex(("form:" + sessionToken).getBytes(StandardCharsets.US_ASCII));
    }
}
