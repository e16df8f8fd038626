package dev.proctorreviews.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.in.outcome.EventPage;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.out.CreditRequirements;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.scenarios.ReviewWorld;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.user.UserId;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Concurrency on real PostgreSQL: callbacks for one attempt are serialised by the attempt's row lock, callbacks
 * for many attempts run side by side, and the event feed hands out every event exactly once, in order.
 */
class ConcurrentReviewsIT {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());
    private static final Pattern CODE = Pattern.compile("\"review_attempt_code\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void thirtyTwoDifferentReviewsForOneAttemptAllApplyAndLeaveThirtyOneHistoryRows() throws Exception {
        ReviewWorld world = new ReviewWorld(STORES);
        Attempt attempt = world.attempt(world.exam(Backend.PSI, false), world.learner());
        String[] statuses = {"passed", "violation", "suspicious", "not_reviewed"};

        List<ReceiveReviewResult> results = runConcurrently(32, i -> () -> world.psi(attempt, statuses[i % 4],
                Optional.of("reviewer-" + i + "@nowhere.example")));

        assertThat(results).allMatch(r -> r instanceof ReceiveReviewResult.Applied);
        assertThat(world.reads.history(attempt.code()).orElseThrow()).hasSize(31);
        assertThat(world.reads.get(attempt.code()).orElseThrow().review().version()).isEqualTo(32);
    }

    @Test
    void twoConcurrentFirstReviewsNeverCollide() throws Exception {
        ReviewWorld world = new ReviewWorld(STORES);
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());

        List<ReceiveReviewResult> results = runConcurrently(2, i -> () -> world.softwareSecure(attempt,
                i == 0 ? "Clean" : "Suspicious"));

        assertThat(results).allMatch(r -> r instanceof ReceiveReviewResult.Applied);
        assertThat(world.reads.history(attempt.code()).orElseThrow()).hasSize(1);
    }

    @Test
    void twoHundredAttemptsConcurrentlyAndTheFeedHoldsEachReviewOnceInOrder() throws Exception {
        ReviewWorld world = new ReviewWorld(withSlowCommits(STORES));
        Exam exam = world.exam(Backend.PSI, false);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            attempts.add(world.attempt(exam, world.learner()));
        }
        long start = lastSeq(world);

        // Fewer writers than pooled connections, so that the consumer is never starved of a connection.
        ExecutorService writers = Executors.newFixedThreadPool(12);
        List<Future<ReceiveReviewResult>> futures = new ArrayList<>();
        for (Attempt attempt : attempts) {
            futures.add(writers.submit(() -> world.psi(attempt, "passed", Optional.empty())));
        }
        writers.shutdown();

        // The consumer follows next_after while the writers are still committing, as a real one would.
        Set<String> ours = new HashSet<>();
        attempts.forEach(a -> ours.add(a.code().value()));
        List<String> seen = new ArrayList<>();
        long previous = start;
        long after = start;
        boolean drained = false;
        while (!drained) {
            boolean writersDone = writers.isTerminated();
            EventPage page = world.outcomes.read(after, 7);
            assertThat(page.events()).hasSizeLessThanOrEqualTo(7);
            for (FeedEvent event : page.events()) {
                assertThat(event.seq()).isGreaterThan(previous);
                previous = event.seq();
                Matcher m = CODE.matcher(event.dataJson());
                if (event.type().equals("review_received") && m.find() && ours.contains(m.group(1))) {
                    seen.add(m.group(1));
                }
            }
            if (page.events().isEmpty()) {
                assertThat(page.nextAfter()).isEqualTo(after);
                drained = writersDone;
            }
            after = page.nextAfter();
        }
        for (Future<ReceiveReviewResult> future : futures) {
            assertThat(future.get()).isInstanceOf(ReceiveReviewResult.Applied.class);
        }
        assertThat(seen).hasSize(200).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(ours);
    }

    /**
     * The same stores, but each transaction lingers a random few milliseconds after writing its events (inside
     * the credit step, which comes after them), so that transactions commit out of the order in which their
     * events were inserted, as they do under real load.
     */
    private static Stores withSlowCommits(Stores s) {
        CreditRequirements slow = new CreditRequirements() {
            @Override
            public void record(CreditRequirement requirement, Instant at) {
                s.credit().record(requirement, at);
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(30));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public List<CreditRequirement> of(UserId user, CourseId course) {
                return s.credit().of(user, course);
            }
        };
        return new Stores(s.transactions(), s.users(), s.exams(), s.attempts(), s.reviews(), s.history(), slow,
                s.notifications(), s.events(), s.seenWebhooks(), s.parkedDeliveries(), s.staffSessions(),
                s.signInLinks(), s.reviewBoards(), s.subscriptions(), s.outbox());
    }

    private static long lastSeq(ReviewWorld world) {
        long seq = 0;
        while (true) {
            EventPage page = world.outcomes.read(seq, 1000);
            if (page.events().isEmpty()) {
                return seq;
            }
            seq = page.nextAfter();
        }
    }

    private interface Task {
        Callable<ReceiveReviewResult> number(int i);
    }

    private static List<ReceiveReviewResult> runConcurrently(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 32));
        try {
            List<Future<ReceiveReviewResult>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(task.number(i)));
            }
            List<ReceiveReviewResult> results = new ArrayList<>();
            for (Future<ReceiveReviewResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
