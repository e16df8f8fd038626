package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.contract.ReviewBoardsContract;
import dev.proctorreviews.application.contract.StaffSignInPortsContract;
import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.application.port.out.Stores;
import org.junit.jupiter.api.Nested;

/** The review pages' port contracts against the in-memory fakes. */
class InMemoryPagePortContractsTest {
    private static final Stores STORES = InMemoryStores.create();

    @Nested
    class SignIn extends StaffSignInPortsContract {
        private final StaffSessions sessions = new InMemoryStaffSessions();
        private final SignInLinks links = new InMemorySignInLinks();

        @Override
        protected Stores stores() {
            return STORES;
        }

        @Override
        protected StaffSessions sessions() {
            return sessions;
        }

        @Override
        protected SignInLinks links() {
            return links;
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
            return new InMemoryReviewBoards(STORES);
        }
    }
}
