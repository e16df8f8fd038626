package dev.proctorreviews.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.scenarios.ReviewWorld;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Queued writes behave like immediate ones: the transaction reads its own queued writes, a queued write that
 * breaks an invariant fails the transaction, and then none of the transaction's writes, queued or not, remains.
 */
class UnitOfWorkIT {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());
    private final ReviewWorld world = new ReviewWorld(STORES);

    @Test
    void aReadInTheSameTransactionSeesQueuedWrites() {
        Attempt attempt = world.attempt(world.exam(Backend.PSI, false), world.learner());

        AttemptStatus seen = STORES.transactions().inTransaction(() -> {
            STORES.attempts().update(attempt.withStatus(AttemptStatus.SUBMITTED, Instant.now()));
            STORES.seenWebhooks().remember(ReviewSource.PSI, "uow-" + attempt.code().value(), attempt.code(),
                    Instant.now());
            return STORES.attempts().find(new AttemptLookup.ById(attempt.id())).orElseThrow().status();
        });

        assertThat(seen).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.SUBMITTED);
    }

    @Test
    void aQueuedWriteThatTouchesTheWrongRowsFailsTheWholeTransaction() {
        Attempt attempt = world.attempt(world.exam(Backend.PSI, false), world.learner());
        String webhookId = "uow-" + attempt.code().value();

        assertThatThrownBy(() -> STORES.transactions().inTransaction(() -> {
            STORES.seenWebhooks().remember(ReviewSource.PSI, webhookId, attempt.code(), Instant.now());
            STORES.reviews().makeCurrent(attempt, 7, Instant.now());
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("make version 7 current");

        assertThat(STORES.transactions().inTransaction(() -> STORES.seenWebhooks()
                .seenSince(ReviewSource.PSI, webhookId, Instant.EPOCH))).isEmpty();
        assertThat(STORES.transactions().inTransaction(() -> STORES.reviews().current(attempt.code()))).isEmpty();
    }

    @Test
    void writesQueuedBeforeAFailingImmediateStatementAreRolledBackToo() {
        Attempt attempt = world.attempt(world.exam(Backend.PSI, false), world.learner());

        assertThatThrownBy(() -> STORES.transactions().inTransaction(() -> {
            STORES.attempts().update(attempt.withStatus(AttemptStatus.SUBMITTED, Instant.now()));
            throw new IllegalStateException("the work gives up");
        })).hasMessage("the work gives up");

        assertThat(world.reload(attempt).status()).isEqualTo(attempt.status());
    }
}
