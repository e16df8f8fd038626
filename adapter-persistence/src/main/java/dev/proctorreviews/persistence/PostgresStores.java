package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.Stores;
import javax.sql.DataSource;

/** Builds the complete set of PostgreSQL-backed ports over one data source, sharing one transaction port. */
public final class PostgresStores {
    private PostgresStores() {
    }

    public static Stores create(DataSource dataSource) {
        PostgresTransactions tx = new PostgresTransactions(dataSource);
        PostgresEventFeed feed = new PostgresEventFeed(tx);
        return new Stores(tx, new PostgresUserRepository(tx), new PostgresExamRepository(tx),
                new PostgresAttemptRepository(tx), new PostgresReviewRepository(tx),
                new PostgresReviewHistoryRepository(tx), new PostgresCreditRepository(tx),
                new PostgresNotificationRepository(tx), feed, new PostgresSeenWebhookRepository(tx),
                new PostgresParkedDeliveryRepository(tx), new PostgresStaffSessionRepository(tx),
                new PostgresSignInLinkRepository(tx), new PostgresReviewBoards(tx),
                new PostgresSubscriptionRepository(tx), new PostgresOutbox(tx, feed));
    }
}
