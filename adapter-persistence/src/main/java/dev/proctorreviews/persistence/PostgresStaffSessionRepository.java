package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.STAFF_SESSION;

import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Staff sessions. Using a session is one {@code UPDATE … RETURNING}: it keeps the session alive and names its
 * user in one round trip, and a session idle too long never matches it.
 */
final class PostgresStaffSessionRepository implements StaffSessions {
    private final PostgresTransactions tx;

    PostgresStaffSessionRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(String tokenSha256, UserId user, Instant now) {
        tx.unit().dsl().insertInto(STAFF_SESSION)
                .set(STAFF_SESSION.TOKEN_SHA256, tokenSha256)
                .set(STAFF_SESSION.USER_ID, user.value())
                .set(STAFF_SESSION.CREATED_AT, Times.utc(now))
                .set(STAFF_SESSION.LAST_USED_AT, Times.utc(now))
                .execute();
    }

    @Override
    public Optional<UserId> touch(String tokenSha256, Instant now, Instant idleSince) {
        Optional<UserId> user = tx.unit().dsl().update(STAFF_SESSION)
                .set(STAFF_SESSION.LAST_USED_AT, Times.utc(now))
                .where(STAFF_SESSION.TOKEN_SHA256.eq(tokenSha256))
                .and(STAFF_SESSION.LAST_USED_AT.gt(Times.utc(idleSince)))
                .returning(STAFF_SESSION.USER_ID)
                .fetchOptional().map(row -> new UserId(row.getUserId()));
        if (user.isEmpty()) {
            remove(tokenSha256);
        }
        return user;
    }

    @Override
    public void remove(String tokenSha256) {
        tx.unit().dsl().deleteFrom(STAFF_SESSION).where(STAFF_SESSION.TOKEN_SHA256.eq(tokenSha256)).execute();
    }

    @Override
    public int removeIdle(Instant idleSince) {
        return tx.unit().dsl().deleteFrom(STAFF_SESSION)
                .where(STAFF_SESSION.LAST_USED_AT.le(Times.utc(idleSince))).execute();
    }
}
