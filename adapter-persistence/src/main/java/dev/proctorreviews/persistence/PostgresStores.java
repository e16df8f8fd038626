package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.Stores;
import javax.sql.DataSource;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

/** Builds the complete set of PostgreSQL-backed ports over one data source, sharing one transaction port. */
public final class PostgresStores {
    private PostgresStores() {
    }

    public static Stores create(DataSource dataSource) {
        Settings jooqSettings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        PostgresTransactions tx = new PostgresTransactions(dataSource, jooqSettings);
        return new Stores(tx, new JooqUserRepository(tx), new SqlExamRepository(tx), new SqlAttemptRepository(tx),
                new SqlReviewRepository(tx), new SqlReviewHistoryRepository(tx), new SqlCreditRepository(tx),
                new SqlNotificationRepository(tx), new SqlEventFeed(tx), new SqlSeenWebhookRepository(tx),
                new JooqParkedDeliveryRepository(tx));
    }
}
