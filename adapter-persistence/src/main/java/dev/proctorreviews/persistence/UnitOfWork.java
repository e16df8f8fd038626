package dev.proctorreviews.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One transaction on one connection.
 *
 * <p>Reads run at once. Writes whose outcome the caller does not need ({@link #queue}) wait and leave
 * together, in the order they were made, as one multi-statement prepared statement: the driver sends them in
 * a single round trip. A review's trailing writes (version with comments, current review, attempt, credit,
 * events, webhook id) so cost one round trip instead of seven, and the statements are still ordinary,
 * individually checked ones. The queue is sent before any read, any immediate write and the commit, so the
 * transaction always sees its own writes, and a failing queued write fails the transaction as any other would.
 *
 * <p>Plain SQL over JDBC is used for the statements every callback runs: the driver caches them as server-side
 * prepared statements, and nothing is rendered per request. Everything else uses jOOQ through {@link #dsl()}.
 */
final class UnitOfWork {
    /** For {@link #queue}: the statement may touch any number of rows. */
    static final int ANY_ROWS = -1;

    private final Connection connection;
    private final List<Queued> queued = new ArrayList<>();
    private DSLContext dsl;

    UnitOfWork(Connection connection) {
        this.connection = connection;
    }

    /** jOOQ on this transaction's connection, with every queued write already sent. */
    DSLContext dsl() {
        flush();
        if (dsl == null) {
            dsl = DSL.using(connection, SQLDialect.POSTGRES, JooqSettings.SETTINGS);
        }
        return dsl;
    }

    <T> Optional<T> first(String sql, Binder binder, Row<T> row) {
        List<T> rows = list(sql, binder, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    <T> List<T> list(String sql, Binder binder, Row<T> row) {
        flush();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(new Parameters(statement));
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(row.map(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw PostgresTransactions.translate(e);
        }
    }

    /**
     * Runs {@code statements} (separated by semicolons) in one round trip and maps the first row the last one
     * returns; the {@code leading} ones before it run for their effect only (a lock, say). Each statement gets a
     * snapshot of its own, taken after the one before it has finished.
     */
    <T> Optional<T> firstOfLast(int leading, String statements, Binder binder, Row<T> row) {
        flush();
        try (PreparedStatement statement = connection.prepareStatement(statements)) {
            binder.bind(new Parameters(statement));
            statement.execute();
            for (int i = 0; i < leading; i++) {
                statement.getMoreResults();
            }
            try (ResultSet rows = statement.getResultSet()) {
                return rows.next() ? Optional.of(row.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw PostgresTransactions.translate(e);
        }
    }

    /**
     * Runs two statements (separated by a semicolon) in one round trip, the second with a snapshot taken after the
     * first has finished (so after any lock the first one waited for), and joins the first row of each; empty
     * when the first returns no row, the second's side empty when it returns none.
     */
    <A, B, T> Optional<T> firstOfBoth(String statements, Binder binder, Row<A> first, Row<B> second,
                                      BiFunction<A, Optional<B>, T> both) {
        flush();
        try (PreparedStatement statement = connection.prepareStatement(statements)) {
            binder.bind(new Parameters(statement));
            statement.execute();
            A a;
            try (ResultSet rows = statement.getResultSet()) {
                a = rows.next() ? first.map(rows) : null;
            }
            statement.getMoreResults();
            try (ResultSet rows = statement.getResultSet()) {
                Optional<B> b = rows.next() ? Optional.of(second.map(rows)) : Optional.empty();
                return a == null ? Optional.empty() : Optional.of(both.apply(a, b));
            }
        } catch (SQLException e) {
            throw PostgresTransactions.translate(e);
        }
    }

    /** Runs a write now and returns how many rows it touched. */
    int update(String sql, Binder binder) {
        flush();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(new Parameters(statement));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw PostgresTransactions.translate(e);
        }
    }

    /**
     * Queues a write. {@code expectedRows} (or {@link #ANY_ROWS}) is checked when it has run; a different count
     * means a broken invariant and fails the transaction, named by {@code what}.
     */
    void queue(String sql, Binder binder, int expectedRows, String what) {
        queued.add(new Queued(sql, binder, expectedRows, what));
    }

    /** Sends the queued writes in one round trip and checks their row counts. */
    void flush() {
        if (queued.isEmpty()) {
            return;
        }
        List<Queued> batch = List.copyOf(queued);
        queued.clear();
        String sql = batch.size() == 1 ? batch.get(0).sql()
                : batch.stream().map(Queued::sql).collect(Collectors.joining(";\n"));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Parameters parameters = new Parameters(statement);
            for (Queued write : batch) {
                write.binder().bind(parameters);
            }
            statement.execute();
            for (int i = 0; i < batch.size(); i++) {
                if (i > 0) {
                    statement.getMoreResults();
                }
                batch.get(i).check(statement.getUpdateCount());
            }
        } catch (SQLException e) {
            throw PostgresTransactions.translate(e);
        }
    }

    private record Queued(String sql, Binder binder, int expectedRows, String what) {
        void check(int rows) {
            if (expectedRows != ANY_ROWS && rows != expectedRows) {
                throw new IllegalStateException(what + ": expected " + expectedRows + " row(s), touched " + rows);
            }
        }
    }

    /** jOOQ's settings, created on first use: a service that only takes callbacks never loads them. */
    private static final class JooqSettings {
        static final Settings SETTINGS = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
    }
}
