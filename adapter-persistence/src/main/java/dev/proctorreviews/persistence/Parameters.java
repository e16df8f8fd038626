package dev.proctorreviews.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Binds a statement's parameters in order, so that SQL and binding read alike and no index is counted by hand.
 * One instance may bind several queued statements sent together: it keeps counting across them.
 */
final class Parameters {
    private final PreparedStatement statement;
    private int index;

    Parameters(PreparedStatement statement) {
        this.statement = statement;
    }

    Parameters text(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    Parameters bigint(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    Parameters bigintOrNull(Long value) throws SQLException {
        statement.setObject(++index, value, Types.BIGINT);
        return this;
    }

    Parameters integer(int value) throws SQLException {
        statement.setInt(++index, value);
        return this;
    }

    Parameters bool(boolean value) throws SQLException {
        statement.setBoolean(++index, value);
        return this;
    }

    /** A {@code timestamp with time zone}, always bound in UTC. */
    Parameters time(Instant value) throws SQLException {
        statement.setObject(++index, value == null ? null : Times.utc(value), Types.TIMESTAMP_WITH_TIMEZONE);
        return this;
    }

    Parameters uuid(UUID value) throws SQLException {
        statement.setObject(++index, value);
        return this;
    }

    /** Text for a {@code jsonb} column; the SQL casts the placeholder ({@code ?::jsonb}). */
    Parameters json(String value) throws SQLException {
        return text(value);
    }

    Parameters integers(List<Integer> values) throws SQLException {
        return array("int4", values);
    }

    Parameters bigints(List<Long> values) throws SQLException {
        return array("int8", values);
    }

    Parameters texts(List<String> values) throws SQLException {
        return array("text", values);
    }

    private Parameters array(String elementType, List<?> values) throws SQLException {
        statement.setArray(++index, statement.getConnection().createArrayOf(elementType, values.toArray()));
        return this;
    }
}
