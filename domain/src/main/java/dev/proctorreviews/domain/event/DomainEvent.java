package dev.proctorreviews.domain.event;

/**
 * Something that happened to a review or an attempt. Events are recorded in the same transaction as the
 * change they describe, so an event exists if and only if its change committed.
 */
public sealed interface DomainEvent permits ReviewReceived, AttemptStatusChanged {
    /** The type name on the feed, e.g. {@code review_received}. */
    String type();
}
