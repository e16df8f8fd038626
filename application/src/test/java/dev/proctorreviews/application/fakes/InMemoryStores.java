package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.Transactions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A complete set of in-memory ports. Transactions are one global re-entrant lock: that serialises every
 * unit of work (so per-attempt locking holds trivially) but does not roll back; atomicity is proven on
 * PostgreSQL by the persistence tests.
 */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    public static Stores create() {
        InMemoryUsers users = new InMemoryUsers();
        InMemoryExams exams = new InMemoryExams();
        InMemoryAttempts attempts = new InMemoryAttempts(exams);
        InMemoryReviews reviews = new InMemoryReviews(users, attempts);
        attempts.readReviewsFrom(reviews);
        InMemoryOutbound outbound = new InMemoryOutbound();
        return new Stores(new LockTransactions(), users, exams, attempts, reviews,
                new InMemoryReviewHistory(reviews), new InMemoryCreditRequirements(), new InMemoryNotifications(),
                new InMemoryEvents(outbound), new InMemorySeenWebhooks(), new InMemoryParkedDeliveries(),
                new InMemoryStaffSessions(), new InMemorySignInLinks(),
                new InMemoryReviewBoards(users, exams, attempts, reviews), outbound, outbound);
    }

    private static final class LockTransactions implements Transactions {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            lock.lock();
            try {
                return work.get();
            } finally {
                lock.unlock();
            }
        }
    }
}
