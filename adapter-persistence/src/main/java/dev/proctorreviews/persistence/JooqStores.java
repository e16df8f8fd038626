package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.Stores;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** Builds the complete set of PostgreSQL-backed ports over one data source, sharing one transaction port. */
public final class JooqStores {
    private JooqStores() {
    }

    public static Stores create(DataSource dataSource) {
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        DSLContext root = DSL.using(dataSource, SQLDialect.POSTGRES, settings);
        JooqTransactions tx = new JooqTransactions(root);
        JooqUserRepository users = new JooqUserRepository(tx);
        return new Stores(tx, users, new JooqExamRepository(tx), new JooqAttemptRepository(tx),
                new JooqReviewRepository(tx), new JooqReviewHistoryRepository(tx), new JooqCreditRepository(tx),
                new JooqNotificationRepository(tx), new JooqEventFeed(tx), new JooqSeenWebhookRepository(tx),
                new JooqParkedDeliveryRepository(tx));
    }
}
