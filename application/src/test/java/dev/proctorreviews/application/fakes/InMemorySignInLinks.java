package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sign-in links in a map from token digest; taking one removes it atomically, as the database does. */
public final class InMemorySignInLinks implements SignInLinks {
    private final Map<String, PendingSignIn> links = new ConcurrentHashMap<>();

    @Override
    public void add(String tokenSha256, UserId user, String returnTo, Instant expiresAt) {
        if (links.putIfAbsent(tokenSha256, new PendingSignIn(user, returnTo, expiresAt)) != null) {
            throw new IllegalStateException("link token digest already used");
        }
    }

    @Override
    public Optional<PendingSignIn> take(String tokenSha256) {
        return Optional.ofNullable(links.remove(tokenSha256));
    }

    @Override
    public int removeExpired(Instant now) {
        int before = links.size();
        links.values().removeIf(link -> link.expiresAt().isBefore(now));
        return before - links.size();
    }
}
