package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.port.FeedEvent;
import java.util.List;

/**
 * The outbox and event feed. Events are appended inside the transaction of the change they describe; the
 * feed numbers them in the order they became visible, so that a reader following {@code seq} never skips
 * an event that committed late.
 */
public interface Events {
    void append(NewEvent event);

    /** Up to {@code limit} events with {@code seq > after}, in increasing {@code seq}. */
    List<FeedEvent> after(long after, int limit);
}
