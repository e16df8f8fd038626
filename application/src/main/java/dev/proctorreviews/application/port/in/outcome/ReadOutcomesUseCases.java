package dev.proctorreviews.application.port.in.outcome;

/** What the LMS reads back from the workflow: credit, support notifications and the event feed. */
public interface ReadOutcomesUseCases extends GetCreditUseCase, ListNotificationsUseCase, ReadEventsUseCase {
}
