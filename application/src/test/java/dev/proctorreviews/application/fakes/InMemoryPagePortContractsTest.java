package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.contract.AllPagePortContracts;
import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.application.port.out.Stores;

/** The review pages' port contracts against the in-memory fakes. */
class InMemoryPagePortContractsTest extends AllPagePortContracts {
    private static final Stores STORES = InMemoryStores.create();
    private static final StaffSessions SESSIONS = new InMemoryStaffSessions();
    private static final SignInLinks LINKS = new InMemorySignInLinks();

    @Override
    protected Stores stores() {
        return STORES;
    }

    @Override
    protected StaffSessions sessions() {
        return SESSIONS;
    }

    @Override
    protected SignInLinks links() {
        return LINKS;
    }

    @Override
    protected ReviewBoards boards() {
        return new InMemoryReviewBoards(STORES);
    }
}
