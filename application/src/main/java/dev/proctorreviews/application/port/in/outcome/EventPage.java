package dev.proctorreviews.application.port.in.outcome;

import dev.proctorreviews.application.port.FeedEvent;
import java.util.List;

/** One page of the event feed; ask for {@code after=nextAfter} to continue. */
public record EventPage(List<FeedEvent> events, long nextAfter) {
    public EventPage {
        events = List.copyOf(events);
    }
}
