package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Staff sessions in a map from token digest to (user, last use). */
public final class InMemoryStaffSessions implements StaffSessions {
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public void add(String tokenSha256, UserId user, Instant now) {
        if (sessions.putIfAbsent(tokenSha256, new Session(user, now)) != null) {
            throw new IllegalStateException("session token digest already used");
        }
    }

    @Override
    public Optional<UserId> touch(String tokenSha256, Instant now, Instant idleSince) {
        Session session = sessions.get(tokenSha256);
        if (session == null) {
            return Optional.empty();
        }
        if (!session.lastUsed().isAfter(idleSince)) {
            sessions.remove(tokenSha256);
            return Optional.empty();
        }
        sessions.put(tokenSha256, new Session(session.user(), now));
        return Optional.of(session.user());
    }

    @Override
    public void remove(String tokenSha256) {
        sessions.remove(tokenSha256);
    }

    @Override
    public int removeIdle(Instant idleSince) {
        int before = sessions.size();
        sessions.values().removeIf(session -> !session.lastUsed().isAfter(idleSince));
        return before - sessions.size();
    }

    private record Session(UserId user, Instant lastUsed) {
    }
}
