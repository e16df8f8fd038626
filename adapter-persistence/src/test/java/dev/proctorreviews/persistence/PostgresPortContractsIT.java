package dev.proctorreviews.persistence;

import dev.proctorreviews.application.contract.AllPortContracts;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.persistence.testdb.TestDatabase;

/** Every port contract against the PostgreSQL adapter on a real server. */
class PostgresPortContractsIT extends AllPortContracts {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());

    @Override
    protected Stores stores() {
        return STORES;
    }
}
