package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.StorageUnavailableException;
import dev.proctorreviews.application.port.out.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.exception.DataAccessException;

/**
 * The transaction port: one {@link UnitOfWork} per transaction, bound to the calling thread so that every
 * repository call inside the work joins it; a nested call joins the outer transaction. Database failures
 * leave as {@link StorageUnavailableException} (connection trouble) or {@link StorageFailureException}, so no
 * jOOQ or JDBC type crosses the port.
 *
 * <p>Once the database was found unreachable, work is refused at once for a second (a small circuit breaker):
 * during an outage every request would otherwise hold a thread for the pool's whole connection time-out, and
 * an outage under load would turn into exhausted threads. After the second, the next unit of work tries again,
 * so the service recovers by itself.
 */
final class PostgresTransactions implements Transactions {
    private static final long BREAK_NANOS = 1_000_000_000L;

    private final DataSource dataSource;
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();
    private volatile long unreachableUntil = System.nanoTime();

    PostgresTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
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
            return runAlone(work);
        } catch (RuntimeException e) {
            if (databaseDown(e)) {
                unreachableUntil = System.nanoTime() + BREAK_NANOS;
            }
            throw e instanceof DataAccessException ? translate(e) : e;
        }
    }

    private <T> T runAlone(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            UnitOfWork unit = new UnitOfWork(connection);
            current.set(unit);
            try {
                T result = work.get();
                unit.flush();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The unit of work running on this thread. */
    UnitOfWork unit() {
        UnitOfWork unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("storage is used outside a transaction");
        }
        return unit;
    }

    /**
     * No connection within the pool's time-out (the pool is exhausted, or the database is down) or the database
     * is down: try again later. Anything else the database refused is a failure of the work.
     */
    static RuntimeException translate(Exception e) {
        if (databaseDown(e) || causedBy(e, SQLTransientConnectionException.class)) {
            return new StorageUnavailableException("the database is unreachable or busy", e);
        }
        return new StorageFailureException("the database refused the work: SQL state " + sqlState(e), e);
    }

    /**
     * A connection failure (SQL state class 08) or an operator intervention such as a shutdown (57P): the
     * database itself is away. A merely exhausted pool has no such state and must not trip the breaker, or
     * a burst of load would turn into a second of refusals.
     */
    private static boolean databaseDown(Throwable e) {
        String state = sqlState(e);
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
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
