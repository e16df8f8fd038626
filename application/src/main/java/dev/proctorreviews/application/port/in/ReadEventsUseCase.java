package dev.proctorreviews.application.port.in;

/** Read the event feed after a position ({@code after} exclusive); limits above 1000 are treated as 1000. */
public interface ReadEventsUseCase {
    int MAX_LIMIT = 1000;
    int DEFAULT_LIMIT = 100;

    EventPage read(long after, int limit);
}
