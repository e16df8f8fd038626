package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.port.out.outbox.Outbox;

/**
 * Everything the core keeps, as an adapter (PostgreSQL, or the in-memory fakes) provides it: one object per
 * port, all sharing one transaction port. Only the core's factory takes the set; each service is given the
 * ports it uses.
 */
public record Stores(Transactions transactions, Users users, Exams exams, Attempts attempts, Reviews reviews,
                     ReviewHistory history, CreditRequirements credit, Notifications notifications,
                     Events events, SeenWebhooks seenWebhooks, ParkedDeliveries parkedDeliveries,
                     StaffSessions staffSessions, SignInLinks signInLinks, ReviewBoards reviewBoards,
                     Subscriptions subscriptions, Outbox outbox) {
}
