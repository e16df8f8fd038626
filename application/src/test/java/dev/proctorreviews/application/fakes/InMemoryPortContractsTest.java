package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.contract.AllPortContracts;
import dev.proctorreviews.application.port.out.Stores;

/** Every port contract against the in-memory fakes. */
class InMemoryPortContractsTest extends AllPortContracts {
    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
