package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.contract.AllPagePortContracts;
import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.application.port.out.Stores;

/** The review pages' port contracts against the in-memory fakes. */
class InMemoryPagePortContractsTest extends AllPagePortContracts {
    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }

    @Override
    protected StaffSessions sessions() {
        return STORES.staffSessions();
    }

    @Override
    protected SignInLinks links() {
        return STORES.signInLinks();
    }

    @Override
    protected ReviewBoards boards() {
        return STORES.reviewBoards();
    }
}
