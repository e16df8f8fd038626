package dev.proctorreviews.application.port.out;

/**
 * Storage could not be reached or failed for reasons outside the request (connection lost, pool exhausted).
 * Adapters translate their own failures into this so that no driver type crosses a port; callers answer
 * "try again later".
 */
public class StorageUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
