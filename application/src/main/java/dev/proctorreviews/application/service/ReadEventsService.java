package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.in.EventPage;
import dev.proctorreviews.application.port.in.ReadEventsUseCase;
import dev.proctorreviews.application.port.out.FeedEvent;
import dev.proctorreviews.application.port.out.Stores;
import java.util.List;

/** The event feed: pages of events in feed order, with where to continue. */
public final class ReadEventsService implements ReadEventsUseCase {
    private final Stores stores;

    public ReadEventsService(Stores stores) {
        this.stores = stores;
    }

    @Override
    public EventPage read(long after, int limit) {
        if (after < 0 || limit < 1) {
            throw new IllegalArgumentException("after must be >= 0 and limit >= 1");
        }
        int bounded = Math.min(limit, MAX_LIMIT);
        List<FeedEvent> events = stores.transactions().inTransaction(() -> stores.events().after(after, bounded));
        long next = events.isEmpty() ? after : events.get(events.size() - 1).seq();
        return new EventPage(events, next);
    }
}
