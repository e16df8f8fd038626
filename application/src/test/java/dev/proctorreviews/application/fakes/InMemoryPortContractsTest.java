package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.contract.AttemptsContract;
import dev.proctorreviews.application.contract.CreditRequirementsContract;
import dev.proctorreviews.application.contract.EventsContract;
import dev.proctorreviews.application.contract.ExamsContract;
import dev.proctorreviews.application.contract.NotificationsContract;
import dev.proctorreviews.application.contract.ParkedDeliveriesContract;
import dev.proctorreviews.application.contract.ReviewsContract;
import dev.proctorreviews.application.contract.SeenWebhooksContract;
import dev.proctorreviews.application.contract.UsersContract;
import dev.proctorreviews.application.port.out.Stores;
import org.junit.jupiter.api.Nested;

/** Every port contract against the in-memory fakes. */
class InMemoryPortContractsTest {
    private static final Stores STORES = InMemoryStores.create();

    @Nested
    class Users extends UsersContract {
        @Override
        protected Stores stores() {
            return STORES;
        }
    }

    @Nested
    class Exams extends ExamsContract {
        @Override
        protected Stores stores() {
            return STORES;
        }
    }

    @Nested
    class Attempts extends AttemptsContract {
        @Override
        protected Stores stores() {
            return STORES;
        }
    }

    @Nested
    class Reviews extends ReviewsContract {
        @Override
        protected Stores stores() {
            return STORES;
        }
    }

    @Nested
    class Credit extends CreditRequirementsContract {
        @Override
        protected Stores stores() {
            return STORES;
        }
    }

    @Nested
    class Notifications extends NotificationsContract {
        @Override
        protected Stores stores() {
            return STORES;
        }
    }

    @Nested
    class Events extends EventsContract {
        @Override
        protected Stores stores() {
            return STORES;
        }
    }

    @Nested
    class SeenWebhooks extends SeenWebhooksContract {
        @Override
        protected Stores stores() {
            return STORES;
        }
    }

    @Nested
    class Parked extends ParkedDeliveriesContract {
        @Override
        protected Stores stores() {
            return STORES;
        }
    }
}
