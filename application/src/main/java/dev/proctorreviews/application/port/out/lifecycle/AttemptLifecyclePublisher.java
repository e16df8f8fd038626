package dev.proctorreviews.application.port.out.lifecycle;

/**
 * Tells the learning platform that an attempt's lifecycle changed, so that it can update credit, grades and
 * certificates itself. Called after the change committed (from an outbox), so a failure here never undoes
 * the change: the caller keeps the event and tries again later.
 */
public interface AttemptLifecyclePublisher {
    /**
     * Publishes one event. Publishing the same event (same {@link CapturedLifecycleEvent#id()}) again is
     * allowed: the platform recognises it by its id.
     *
     * @throws PublisherUnavailableException when the platform's bus cannot be reached or refuses the event;
     *         it is raised within a few seconds, never after an unbounded wait
     */
    void publish(AttemptLifecycleEvent event);
}
