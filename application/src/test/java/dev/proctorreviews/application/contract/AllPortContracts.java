package dev.proctorreviews.application.contract;

import dev.proctorreviews.application.port.out.Stores;
import org.junit.jupiter.api.Nested;

/**
 * Every port contract against one set of stores: a subclass names the stores (fakes or an adapter) and inherits
 * one nested suite per out-port.
 */
public abstract class AllPortContracts {

    /** The stores under test, shared by all nested suites. */
    protected abstract Stores stores();

    @Nested
    class Users extends UsersContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class Exams extends ExamsContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class Attempts extends AttemptsContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class Reviews extends ReviewsContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class Credit extends CreditRequirementsContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class Notifications extends NotificationsContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class Events extends EventsContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class SeenWebhooks extends SeenWebhooksContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class Outbox extends OutboxContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class Parked extends ParkedDeliveriesContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class SignIn extends StaffSignInPortsContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }

    @Nested
    class Boards extends ReviewBoardsContract {
        @Override
        protected Stores stores() {
            return AllPortContracts.this.stores();
        }
    }
}
