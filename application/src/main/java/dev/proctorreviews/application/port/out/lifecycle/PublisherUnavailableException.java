package dev.proctorreviews.application.port.out.lifecycle;

/**
 * The bus an {@link AttemptLifecyclePublisher} writes to could not be reached or refused the event. Adapters
 * translate their client's failures into this so that no client type crosses the port; the caller keeps the
 * event and tries again later.
 */
public class PublisherUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PublisherUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
