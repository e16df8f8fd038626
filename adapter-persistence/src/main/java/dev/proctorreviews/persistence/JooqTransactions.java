package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.StorageUnavailableException;
import dev.proctorreviews.application.port.out.Transactions;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The transaction port on jOOQ. The transaction's context is bound to the calling thread so that every
 * repository call inside the work joins it; a nested call joins the outer transaction. Database failures
 * leave as {@link StorageUnavailableException} (connection trouble) or {@link StorageFailureException}, so no
 * jOOQ or JDBC type crosses the port.
 *
 * <p>Once the database was found unreachable, work is refused at once for a second (a small circuit breaker):
 * during an outage every request would otherwise hold a thread for the pool's whole connection time-out, and
 * an outage under load would turn into exhausted threads. After the second, the next unit of work tries again,
 * so the service recovers by itself.
 */
final class JooqTransactions implements Transactions {
    private static final long BREAK_NANOS = 1_000_000_000L;

    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    private volatile long unreachableUntil = System.nanoTime();

    JooqTransactions(DSLContext root) {
        this.root = root;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        if (System.nanoTime() - unreachableUntil < 0) {
            throw new StorageUnavailableException("the database was unreachable a moment ago", null);
        }
        try {
            return root.transactionResult(configuration -> {
                current.set(configuration.dsl());
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (DataAccessException e) {
            if (databaseDown(e)) {
                unreachableUntil = System.nanoTime() + BREAK_NANOS;
            }
            throw translate(e);
        }
    }

    /** The context of the transaction running on this thread. */
    DSLContext dsl() {
        DSLContext dsl = current.get();
        if (dsl == null) {
            throw new IllegalStateException("storage is used outside a transaction");
        }
        return dsl;
    }

    /**
     * No connection within the pool's time-out (the pool is exhausted, or the database is down) or the database
     * is down: try again later. Anything else the database refused is a failure of the work.
     */
    static RuntimeException translate(DataAccessException e) {
        if (databaseDown(e) || causedBy(e, SQLTransientConnectionException.class)) {
            return new StorageUnavailableException("the database is unreachable or busy", e);
        }
        return new StorageFailureException("the database refused the work: " + e.sqlStateClass(), e);
    }

    /**
     * A connection failure (SQL state class 08) or an operator intervention such as a shutdown (57P): the
     * database itself is away. A merely exhausted pool has no such state and must not trip the breaker, or
     * a burst of load would turn into a second of refusals.
     */
    private static boolean databaseDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
