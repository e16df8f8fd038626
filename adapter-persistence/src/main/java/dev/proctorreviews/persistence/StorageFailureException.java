package dev.proctorreviews.persistence;

/** The database answered but refused the work (a bug or a broken invariant): a 500, logged with its cause. */
final class StorageFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StorageFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
