package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.SIGN_IN_LINK;

import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time sign-in links. Taking one is a {@code DELETE … RETURNING}: of two instances redeeming the same token
 * at once, exactly one gets the row.
 */
final class PostgresSignInLinkRepository implements SignInLinks {
    private final PostgresTransactions tx;

    PostgresSignInLinkRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(String tokenSha256, UserId user, String returnTo, Instant expiresAt) {
        tx.unit().dsl().insertInto(SIGN_IN_LINK)
                .set(SIGN_IN_LINK.TOKEN_SHA256, tokenSha256)
                .set(SIGN_IN_LINK.USER_ID, user.value())
                .set(SIGN_IN_LINK.RETURN_TO, returnTo)
                .set(SIGN_IN_LINK.EXPIRES_AT, Times.utc(expiresAt))
                .execute();
    }

    @Override
    public Optional<PendingSignIn> take(String tokenSha256) {
        return tx.unit().dsl().deleteFrom(SIGN_IN_LINK).where(SIGN_IN_LINK.TOKEN_SHA256.eq(tokenSha256))
                .returning(SIGN_IN_LINK.USER_ID, SIGN_IN_LINK.RETURN_TO, SIGN_IN_LINK.EXPIRES_AT)
                .fetchOptional()
                .map(row -> new PendingSignIn(new UserId(row.getUserId()), row.getReturnTo(),
                        Times.instant(row.getExpiresAt())));
    }

    @Override
    public int removeExpired(Instant now) {
        return tx.unit().dsl().deleteFrom(SIGN_IN_LINK).where(SIGN_IN_LINK.EXPIRES_AT.lt(Times.utc(now))).execute();
    }
}
