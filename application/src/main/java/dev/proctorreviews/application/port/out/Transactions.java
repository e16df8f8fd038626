package dev.proctorreviews.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: everything the work writes through the other ports commits together or not at all.
 * A transaction started inside another one joins it.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
