package dev.proctorreviews.persistence;

import dev.proctorreviews.application.contract.AllPortContracts;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.persistence.testdb.TestDatabase;

/** Every port contract against jOOQ on real PostgreSQL. */
class JooqPortContractsTest extends AllPortContracts {
    private static final Stores STORES = JooqStores.create(TestDatabase.dataSource());

    @Override
    protected Stores stores() {
        return STORES;
    }
}
