package dev.proctorreviews.application.contract;

import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.application.port.out.Stores;
import org.junit.jupiter.api.Nested;

/**
 * The review pages' port contracts against one adapter: a subclass names the stores and the pages' ports, which
 * join the stores' transactions.
 */
public abstract class AllPagePortContracts {

    protected abstract Stores stores();

    protected abstract StaffSessions sessions();

    protected abstract SignInLinks links();

    protected abstract ReviewBoards boards();

    @Nested
    class SignIn extends StaffSignInPortsContract {
        @Override
        protected Stores stores() {
            return AllPagePortContracts.this.stores();
        }

        @Override
        protected StaffSessions sessions() {
            return AllPagePortContracts.this.sessions();
        }

        @Override
        protected SignInLinks links() {
            return AllPagePortContracts.this.links();
        }
    }

    @Nested
    class Boards extends ReviewBoardsContract {
        @Override
        protected Stores stores() {
            return AllPagePortContracts.this.stores();
        }

        @Override
        protected ReviewBoards boards() {
            return AllPagePortContracts.this.boards();
        }
    }
}
