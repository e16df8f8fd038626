package dev.proctorreviews.application.port.in.outcome;

import dev.proctorreviews.application.port.PageRequest;

/** Read the event feed after a position ({@code after} exclusive); limits above 1000 are treated as 1000. */
public interface ReadEventsUseCase {
    int MAX_LIMIT = PageRequest.MAX_LIMIT;

    EventPage read(long after, int limit);
}
