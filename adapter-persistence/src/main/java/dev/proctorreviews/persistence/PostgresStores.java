package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.Stores;
import javax.sql.DataSource;

/** Builds the complete set of PostgreSQL-backed ports over one data source, sharing one transaction port. */
public final class PostgresStores {
    private PostgresStores() {
    }

    public static Stores create(DataSource dataSource) {
        PostgresTransactions tx = new PostgresTransactions(dataSource);
        JdbcEventFeed feed = new JdbcEventFeed(tx);
        return new Stores(tx, new JooqUserRepository(tx), new JdbcExamRepository(tx), new JdbcAttemptRepository(tx),
                new JdbcReviewRepository(tx), new JdbcReviewHistoryRepository(tx), new JdbcCreditRepository(tx),
                new JdbcNotificationRepository(tx), feed, new JdbcSeenWebhookRepository(tx),
                new JooqParkedDeliveryRepository(tx), new JooqStaffSessionRepository(tx),
                new JooqSignInLinkRepository(tx), new JooqReviewBoards(tx),
                new JooqSubscriptionRepository(tx), new JooqOutbox(tx, feed));
    }
}
