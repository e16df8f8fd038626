package dev.proctorreviews.application.service;

import dev.proctorreviews.application.fakes.InMemoryStores;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.scenarios.SeedScenarios;

/** The seed scenarios on the in-memory fakes. */
class SeedScenariosInMemoryTest extends SeedScenarios {
    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
