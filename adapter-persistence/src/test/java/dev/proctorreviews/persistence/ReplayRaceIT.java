package dev.proctorreviews.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.scenarios.ReviewWorld;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A webhook id is processed at most once however it arrives: the same id sent sixteen times at once, each time
 * about a different attempt (so that no attempt lock serialises them), on real PostgreSQL.
 */
class ReplayRaceIT {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());
    private static final int DELIVERIES = 16;

    @RepeatedTest(3)
    void sixteenConcurrentDeliveriesWithOneWebhookIdApplyExactlyOnce() throws Exception {
        ReviewWorld world = new ReviewWorld(STORES);
        Exam exam = world.exam(Backend.SOFTWARE_SECURE, false);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            attempts.add(world.attempt(exam, world.learner()));
        }
        Optional<String> webhookId = Optional.of("msg_" + UUID.randomUUID());
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(DELIVERIES);
        List<ReceiveReviewResult> results = new ArrayList<>();
        try {
            List<Future<ReceiveReviewResult>> futures = new ArrayList<>();
            for (Attempt attempt : attempts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return world.softwareSecure(attempt, "Clean", attempt.externalId().value(), Optional.empty(),
                            webhookId);
                }));
            }
            start.countDown();
            for (Future<ReceiveReviewResult> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn(r -> r instanceof ReceiveReviewResult.Applied).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof ReceiveReviewResult.Replayed).hasSize(DELIVERIES - 1);
        assertThat(attempts).filteredOn(a -> world.reads.get(a.code()).isPresent()).hasSize(1);
    }
}
