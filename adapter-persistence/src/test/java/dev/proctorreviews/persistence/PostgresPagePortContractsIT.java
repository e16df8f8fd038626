package dev.proctorreviews.persistence;

import dev.proctorreviews.application.contract.AllPagePortContracts;
import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.persistence.testdb.TestDatabase;

/** The review pages' port contracts against the PostgreSQL adapter on a real server. */
class PostgresPagePortContractsIT extends AllPagePortContracts {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());

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
