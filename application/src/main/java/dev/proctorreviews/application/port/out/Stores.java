package dev.proctorreviews.application.port.out;

/**
 * Everything the core keeps, as one parameter: the services need most of these ports together, and an
 * adapter (jOOQ, or the in-memory fakes) provides them as a set that shares one transaction.
 */
public record Stores(Transactions transactions, Users users, Exams exams, Attempts attempts, Reviews reviews,
                     ReviewHistory history, CreditRequirements credit, Notifications notifications,
                     Events events, SeenWebhooks seenWebhooks, ParkedDeliveries parkedDeliveries) {
}
