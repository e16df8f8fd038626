package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.NewEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The feed as a list; every unit of work is serialised, so insertion order is commit order. Each event gets its
 * webhook deliveries, as in storage.
 */
final class InMemoryEvents implements Events {
    private final List<FeedEvent> feed = new CopyOnWriteArrayList<>();
    private final InMemoryOutbound outbound;

    InMemoryEvents(InMemoryOutbound outbound) {
        this.outbound = outbound;
    }

    @Override
    public synchronized void append(NewEvent event) {
        FeedEvent appended = new FeedEvent(feed.size() + 1L, event.id(), event.type(), event.occurredAt(),
                event.dataJson());
        feed.add(appended);
        outbound.deliveriesOf(appended);
    }

    @Override
    public List<FeedEvent> after(long after, int limit) {
        return feed.stream().filter(e -> e.seq() > after).limit(limit).toList();
    }
}
