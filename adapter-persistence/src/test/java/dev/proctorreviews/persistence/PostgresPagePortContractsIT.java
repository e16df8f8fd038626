package dev.proctorreviews.persistence;

import dev.proctorreviews.application.contract.ReviewBoardsContract;
import dev.proctorreviews.application.contract.StaffSignInPortsContract;
import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import org.junit.jupiter.api.Nested;

/** The review pages' port contracts against the PostgreSQL adapter on a real server. */
class PostgresPagePortContractsIT {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());
    private static final PostgresReviewPageStores PAGES = PostgresReviewPageStores.on(STORES.transactions());

    @Nested
    class SignIn extends StaffSignInPortsContract {
        @Override
        protected Stores stores() {
            return STORES;
        }

        @Override
        protected StaffSessions sessions() {
            return PAGES.sessions();
        }

        @Override
        protected SignInLinks links() {
            return PAGES.links();
        }
    }

    @Nested
    class Boards extends ReviewBoardsContract {
        @Override
        protected Stores stores() {
            return STORES;
        }

        @Override
        protected ReviewBoards boards() {
            return PAGES.boards();
        }
    }
}
