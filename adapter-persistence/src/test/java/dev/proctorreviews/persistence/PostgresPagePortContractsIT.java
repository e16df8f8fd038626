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
    private static final PostgresReviewPageStores PAGES = PostgresReviewPageStores.on(STORES.transactions());

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

    @Override
    protected ReviewBoards boards() {
        return PAGES.boards();
    }
}
