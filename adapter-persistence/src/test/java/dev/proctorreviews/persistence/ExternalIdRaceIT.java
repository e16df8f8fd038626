package dev.proctorreviews.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.in.attempt.AttemptResult;
import dev.proctorreviews.application.port.in.attempt.RegisterAttemptCommand;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.scenarios.ReviewWorld;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Registrations of one external id racing on real PostgreSQL: a read-then-insert alone would let several
 * through, the lock on the (backend, external id) pair lets exactly one.
 */
class ExternalIdRaceIT {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());

    @Test
    void ofEightConcurrentRegistrationsOfOneExternalIdExactlyOneWins() throws Exception {
        ReviewWorld world = new ReviewWorld(STORES);
        List<Exam> exams = new ArrayList<>();
        List<User> learners = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            exams.add(world.exam(Backend.PSI, false));
            learners.add(world.learner());
        }
        String external = "race-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<AttemptResult> results = new ArrayList<>();
        try {
            List<Future<AttemptResult>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                String spelling = n % 2 == 0 ? external : external.toUpperCase(java.util.Locale.ROOT);
                futures.add(pool.submit(() -> {
                    start.await();
                    return world.attempts.register(new RegisterAttemptCommand(exams.get(n).id(),
                            learners.get(n).id(), true, Optional.of(new ExternalId(spelling))));
                }));
            }
            start.countDown();
            for (Future<AttemptResult> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn(r -> r instanceof AttemptResult.Saved).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof AttemptResult.ExternalIdTaken).hasSize(7);
    }
}
