package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.scenarios.SeedScenarios;
import dev.proctorreviews.persistence.testdb.TestDatabase;

/** The seed scenarios with every port on jOOQ and real PostgreSQL. */
class SeedScenariosPostgresIT extends SeedScenarios {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());

    @Override
    protected Stores stores() {
        return STORES;
    }
}
